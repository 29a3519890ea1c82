using DiffPlex;
using DiffPlex.Chunkers;

namespace Helsefellesskap.Web.Features.Agreements.Versions;

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

public enum DiffSegmentKind
{
    Same,
    Added,
    Removed,
}

/// <summary>A run of a line's text that is the same in both versions, or only in the newer or the older one.</summary>
public sealed record DiffSegment(DiffSegmentKind Kind, string Text);

/// <summary>One line of the comparison; a changed line carries the words removed and added within it.</summary>
public sealed record DiffLine(DiffLineKind Kind, IReadOnlyList<DiffSegment> Segments);

/// <summary>The lines of two texts compared, and how many lines were added, removed and changed (reworded).</summary>
public sealed record TextComparison(IReadOnlyList<DiffLine> Lines, int AddedLines, int RemovedLines, int ChangedLines)
{
    public bool HasChanges => AddedLines > 0 || RemovedLines > 0 || ChangedLines > 0;
}

/// <summary>
/// Compares two versions' texts line by line; a removed line followed by an added one is shown as one changed
/// line with the words that differ, which is how a reader of an agreement looks for what was reworded.
/// </summary>
public static class TextDiff
{
    private static readonly WordChunker Words = new();

    public static TextComparison Compare(string? from, string? to)
    {
        var result = Differ.Instance.CreateDiffs(Normalise(from), Normalise(to), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var lines = new List<DiffLine>();
        var position = 0;
        int added = 0, removed = 0, changed = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; position < block.DeleteStartA; position++)
            {
                lines.Add(Whole(DiffLineKind.Unchanged, DiffSegmentKind.Same, result.PiecesOld[position]));
            }
            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
            {
                lines.Add(new(DiffLineKind.Changed, WordDiff(result.PiecesOld[block.DeleteStartA + i], result.PiecesNew[block.InsertStartB + i])));
            }
            for (var i = paired; i < block.DeleteCountA; i++)
            {
                lines.Add(Whole(DiffLineKind.Removed, DiffSegmentKind.Removed, result.PiecesOld[block.DeleteStartA + i]));
            }
            for (var i = paired; i < block.InsertCountB; i++)
            {
                lines.Add(Whole(DiffLineKind.Added, DiffSegmentKind.Added, result.PiecesNew[block.InsertStartB + i]));
            }
            changed += paired;
            removed += block.DeleteCountA - paired;
            added += block.InsertCountB - paired;
            position = block.DeleteStartA + block.DeleteCountA;
        }
        for (; position < result.PiecesOld.Count; position++)
        {
            lines.Add(Whole(DiffLineKind.Unchanged, DiffSegmentKind.Same, result.PiecesOld[position]));
        }
        return new(lines, added, removed, changed);
    }

    private static DiffLine Whole(DiffLineKind kind, DiffSegmentKind segment, string text) => new(kind, [new(segment, text)]);

    private static List<DiffSegment> WordDiff(string from, string to)
    {
        var result = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, Words);
        var segments = new List<DiffSegment>();
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffSegmentKind.Same, result.PiecesOld, position, block.DeleteStartA - position);
            Add(segments, DiffSegmentKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffSegmentKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            position = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, DiffSegmentKind.Same, result.PiecesOld, position, result.PiecesOld.Count - position);
        return segments;
    }

    /// <summary>Appends the pieces as one segment, joined to the one before if it is of the same kind.</summary>
    private static void Add(List<DiffSegment> segments, DiffSegmentKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new(kind, text));
        }
    }

    private static string Normalise(string? text) => (text ?? "").ReplaceLineEndings("\n");
}
