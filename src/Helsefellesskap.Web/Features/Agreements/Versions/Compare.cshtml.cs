using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Versions;

/// <summary>What changed between two versions of an agreement that the reader may see, line by line and word by word.</summary>
public sealed class CompareModel(AppDbContext db, AgreementAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "fra")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public int? To { get; set; }

    public Agreement Agreement { get; private set; } = null!;

    /// <summary>The version numbers the reader may compare, newest first.</summary>
    public IReadOnlyList<int> Numbers { get; private set; } = [];

    public TextComparison? Comparison { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (agreement is null || await AgreementStates.LoadOneAsync(db, id, OsloTime.Today(clock)) is not { } state)
        {
            return NotFound();
        }
        Agreement = agreement;
        var viewer = await access.CurrentAsync();
        var versions = (await db.AgreementVersions.AsNoTracking()
                .Where(v => v.AgreementId == id)
                .OrderByDescending(v => v.Number)
                .Select(v => new { v.Id, v.Number, v.Text })
                .ToListAsync())
            .Where(v => viewer.Sees(agreement, state.Of(v.Id)))
            .ToList();
        Numbers = versions.Select(v => v.Number).ToList();
        if (!Request.Query.ContainsKey("fra") && !Request.Query.ContainsKey("til"))
        {
            return Page();
        }
        var from = versions.SingleOrDefault(v => v.Number == From);
        var to = versions.SingleOrDefault(v => v.Number == To);
        // Named as typed, so that "fra=abc" is answered as plainly as an unknown number.
        Error = from is null ? l["Agreements.Compare.NoSuchVersion", Request.Query["fra"].ToString()].Value
            : to is null ? l["Agreements.Compare.NoSuchVersion", Request.Query["til"].ToString()].Value
            : null;
        if (from is not null && to is not null)
        {
            Comparison = TextDiff.Compare(from.Text, to.Text);
        }
        return Page();
    }

    /// <summary>
    /// A line with its changes marked: <c>ins</c> and <c>del</c>, each with a hidden word for screen readers, so that
    /// the meaning is not carried by colour or strike-through alone. Built without whitespace between the parts.
    /// </summary>
    public static IHtmlContent Render(DiffLine line, IStringLocalizer<SharedResource> l)
    {
        var html = new HtmlContentBuilder();
        var label = line.Kind switch
        {
            DiffLineKind.Added => "Agreements.Compare.LineAdded",
            DiffLineKind.Removed => "Agreements.Compare.LineRemoved",
            DiffLineKind.Changed => "Agreements.Compare.LineChanged",
            _ => null,
        };
        if (label is not null)
        {
            Hidden(html, l[label]);
        }
        foreach (var segment in line.Segments)
        {
            var tag = segment.Kind switch
            {
                DiffSegmentKind.Added => "ins",
                DiffSegmentKind.Removed => "del",
                _ => null,
            };
            if (tag is null)
            {
                html.Append(segment.Text);
                continue;
            }
            html.AppendHtml($"<{tag}>");
            Hidden(html, l[segment.Kind == DiffSegmentKind.Added ? "Agreements.Compare.Added" : "Agreements.Compare.Removed"]);
            html.Append(segment.Text);
            html.AppendHtml($"</{tag}>");
        }
        return html;
    }

    private static void Hidden(HtmlContentBuilder html, string text) =>
        html.AppendHtml("<span class=\"visually-hidden\">").Append(text + " ").AppendHtml("</span>");
}
