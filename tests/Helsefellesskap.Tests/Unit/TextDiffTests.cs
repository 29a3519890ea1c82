using Helsefellesskap.Web.Features.Agreements.Versions;

namespace Helsefellesskap.Tests.Unit;

public sealed class TextDiffTests
{
    private static string Text(DiffLine line) => string.Concat(line.Segments.Select(s => s.Text));

    [Fact]
    public void Equal_texts_have_only_unchanged_lines()
    {
        var comparison = TextDiff.Compare("# 1 Formål\nAvtalen gjelder.", "# 1 Formål\r\nAvtalen gjelder.");

        Assert.False(comparison.HasChanges);
        Assert.Equal(0, comparison.AddedLines);
        Assert.Equal(0, comparison.RemovedLines);
        Assert.Equal(0, comparison.ChangedLines);
        Assert.All(comparison.Lines, l => Assert.Equal(DiffLineKind.Unchanged, l.Kind));
        Assert.Equal(["# 1 Formål", "Avtalen gjelder."], comparison.Lines.Select(Text));
    }

    [Fact]
    public void A_reworded_line_shows_the_words_removed_and_added_within_it()
    {
        var comparison = TextDiff.Compare(
            "# 2 Ansvar\nPartene skal evaluere avtalen hvert år.\nSlutt.",
            "# 2 Ansvar\nPartene skal revidere avtalen hvert annet år.\nSlutt.");

        Assert.Equal(0, comparison.AddedLines);
        Assert.Equal(0, comparison.RemovedLines);
        Assert.Equal(1, comparison.ChangedLines);
        var changed = Assert.Single(comparison.Lines, l => l.Kind == DiffLineKind.Changed);
        Assert.Contains(new DiffSegment(DiffSegmentKind.Removed, "evaluere"), changed.Segments);
        Assert.Contains(changed.Segments, s => s.Kind == DiffSegmentKind.Added && s.Text.Contains("revidere"));
        Assert.Contains(changed.Segments, s => s.Kind == DiffSegmentKind.Added && s.Text.Contains("annet"));
        Assert.Contains(changed.Segments, s => s.Kind == DiffSegmentKind.Same && s.Text.StartsWith("Partene skal "));
        // The old line is the same and removed parts; the new one the same and added parts.
        Assert.Equal("Partene skal evaluere avtalen hvert år.", string.Concat(changed.Segments.Where(s => s.Kind != DiffSegmentKind.Added).Select(s => s.Text)));
        Assert.Equal("Partene skal revidere avtalen hvert annet år.", string.Concat(changed.Segments.Where(s => s.Kind != DiffSegmentKind.Removed).Select(s => s.Text)));
        Assert.Equal(DiffLineKind.Unchanged, comparison.Lines[0].Kind);
        Assert.Equal(DiffLineKind.Unchanged, comparison.Lines[^1].Kind);
    }

    [Fact]
    public void Lines_only_in_one_text_are_added_or_removed_whole_and_counted()
    {
        var comparison = TextDiff.Compare("A\nB\nC", "A\nC\nD\nE");

        Assert.Equal(["A", "B", "C", "D", "E"], comparison.Lines.Select(Text));
        Assert.Equal(
            [DiffLineKind.Unchanged, DiffLineKind.Removed, DiffLineKind.Unchanged, DiffLineKind.Added, DiffLineKind.Added],
            comparison.Lines.Select(l => l.Kind));
        Assert.Equal(2, comparison.AddedLines);
        Assert.Equal(1, comparison.RemovedLines);
        Assert.Equal(0, comparison.ChangedLines);
    }

    [Fact]
    public void A_missing_text_compares_as_empty()
    {
        var comparison = TextDiff.Compare(null, "Ny tekst\nAndre linje");

        Assert.Equal(2, comparison.AddedLines);
        Assert.Equal(0, comparison.RemovedLines);
        Assert.All(comparison.Lines, l => Assert.Equal(DiffLineKind.Added, l.Kind));
        Assert.False(TextDiff.Compare(null, null).HasChanges);
    }
}
