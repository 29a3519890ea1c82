using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Public;

/// <summary>The agreement in force as PDF: its title and facts, the version table, then the text of the version in force.</summary>
public static class AgreementPdf
{
    public static byte[] Render(PublicAgreement agreement, string communityName, IStringLocalizer l)
    {
        var style = new PdfStyle();
        var current = agreement.Current;
        var inForce = l["Agreements.Public.VersionInForce", current.Number, OsloTime.Format(current.InForceFrom)].Value;
        using var document = PdfOutput.NewDocument(agreement.Agreement.Title, communityName);
        using (var flow = new PdfFlow(document, style, new PageFrame(communityName, inForce)))
        {
            flow.Write(new Piece(agreement.Agreement.Title, style.Heading));
            flow.Write(new Piece(inForce, style.Body, SpaceBefore: 4));
            flow.Space(8);
            var facts = new List<(string Label, string Value)> { (l["Agreements.Public.Kind"], l.Enum(agreement.Agreement.Kind)) };
            if (agreement.OwnerBody is { } owner)
            {
                facts.Add((l["Agreements.Public.OwnerBody"], owner));
            }
            if (agreement.LegalReferences.Count > 0)
            {
                facts.Add((l["Agreements.Public.LegalReferences"], string.Join("\n", agreement.LegalReferences)));
            }
            if (agreement.PatientGroups.Count > 0)
            {
                facts.Add((l["Agreements.Public.PatientGroups"], string.Join("\n", agreement.PatientGroups)));
            }
            flow.Table(
                [new TableColumn(null, 1), new TableColumn(null, 3)],
                facts.Select(f => (IReadOnlyList<IReadOnlyList<Piece>>)[[new Piece(f.Label, style.Bold)], Lines(f.Value, style)]),
                borders: false);
            flow.Space(8);
            flow.Write(new Piece(l["Agreements.Public.VersionTable"], style.Subheading, SpaceBefore: 8));
            flow.Space(4);
            flow.Table(
                [
                    new TableColumn(l["Agreements.VersionTable.Version"], 0.7),
                    new TableColumn(l["Agreements.VersionTable.Date"], 1),
                    new TableColumn(l["Agreements.VersionTable.Chapters"], 1),
                    new TableColumn(l["Agreements.VersionTable.Change"], 2.4),
                    new TableColumn(l["Agreements.VersionTable.TreatedIn"], 1.4),
                ],
                agreement.Versions.Select(v => (IReadOnlyList<IReadOnlyList<Piece>>)
                [
                    [new Piece(v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), style.Body)],
                    [new Piece(OsloTime.Format(v.Date), style.Body)],
                    [new Piece(v.Chapters ?? "", style.Body)],
                    Lines(v.Change ?? "", style),
                    [new Piece(v.TreatedInCase ?? "", style.Body)],
                ]));
            var blocks = MarkdownText.Blocks(current.Text);
            if (blocks.Count > 0)
            {
                flow.KeepRoom(60);
                flow.Write(new Piece(l["Agreements.Public.Text"], style.Subheading, SpaceBefore: 14));
                flow.Write(style.Blocks(blocks, spaceBefore: 4));
            }
        }
        PdfOutput.NumberPages(document, style, DocumentText.PageNumberFormat(l));
        return PdfOutput.Save(document);
    }

    private static List<Piece> Lines(string text, PdfStyle style) =>
        [.. text.Split('\n').Select((line, n) => new Piece(line, style.Body, SpaceBefore: n == 0 ? 0 : 1))];
}
