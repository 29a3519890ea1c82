using Microsoft.Extensions.Localization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Helsefellesskap.Web.Features.Meetings.Documents;

/// <summary>
/// The meeting book (møtebok): the notice, then for each item in agenda order its case paper and PDF attachments,
/// in one file with bookmarks (the notice; each item with one child per document) and "Side X av Y" on every page.
/// </summary>
public static class MeetingBookPdf
{
    /// <summary>
    /// <paramref name="pdfAttachments"/> holds the content of each PDF attachment by attachment id (null when the
    /// file could not be read); a file that is missing, damaged or encrypted gets a page saying so instead.
    /// </summary>
    public static byte[] Render(MeetingDocumentModel meeting, IReadOnlyDictionary<int, byte[]?> pdfAttachments, IStringLocalizer l)
    {
        var style = new PdfStyle();
        using var book = PdfOutput.NewDocument($"{l["Documents.MeetingBook"]} {DocumentText.BodyAndDate(meeting)}", meeting.CommunityName);
        book.Outlines.Add(DocumentText.NoticeHeading(meeting, l), NoticePdf.Write(book, style, meeting, l), opened: true);
        foreach (var item in Included(meeting))
        {
            var parts = new List<(string Title, PdfPage FirstPage)>();
            if (item.CasePaper is { } paper)
            {
                parts.Add((l["Documents.CasePaper"], CasePaperPdf.Write(book, style, meeting, item, paper, l)));
            }
            foreach (var attachment in PdfAttachments(item))
            {
                var first = Append(book, pdfAttachments.GetValueOrDefault(attachment.Id))
                    ?? UnreadableNote(book, style, meeting, item, attachment, l);
                parts.Add((attachment.Title, first));
            }
            if (parts.Count == 0)
            {
                continue;
            }
            var outline = book.Outlines.Add(DocumentText.ItemLabel(item), parts[0].FirstPage, opened: false);
            foreach (var (title, firstPage) in parts)
            {
                outline.Outlines.Add(title, firstPage);
            }
        }
        PdfOutput.NumberPages(book, style, DocumentText.PageNumberFormat(l));
        return PdfOutput.Save(book);
    }

    /// <summary>The items whose papers go in the book (see <see cref="DocumentText.ItemsWithPapers"/>).</summary>
    public static IEnumerable<ItemDocumentModel> Included(MeetingDocumentModel meeting) => DocumentText.ItemsWithPapers(meeting);

    public static IEnumerable<AttachmentDocumentModel> PdfAttachments(ItemDocumentModel item) =>
        item.Attachments.Where(a => a.Kind == AttachmentKind.Pdf);

    /// <summary>Imports every page of a PDF file; null, leaving the book as it was, if the file cannot be read.</summary>
    private static PdfPage? Append(PdfDocument book, byte[]? content)
    {
        if (content is null)
        {
            return null;
        }
        var added = new List<PdfPage>();
        try
        {
            using var source = PdfReader.Open(new MemoryStream(content, writable: false), PdfDocumentOpenMode.Import);
            foreach (var page in source.Pages)
            {
                added.Add(book.AddPage(page));
            }
            return added.FirstOrDefault();
        }
        catch (Exception)
        {
            // An uploaded file may break the reader in any way; the book is made all the same.
            foreach (var page in added)
            {
                book.Pages.Remove(page);
            }
            return null;
        }
    }

    private static PdfPage UnreadableNote(PdfDocument book, PdfStyle style, MeetingDocumentModel meeting, ItemDocumentModel item, AttachmentDocumentModel attachment, IStringLocalizer l)
    {
        using var flow = new PdfFlow(book, style, new PageFrame(meeting.CommunityName, DocumentText.BodyAndDate(meeting)));
        flow.Write(new Piece(DocumentText.ItemLabel(item), style.Subheading));
        flow.Write(new Piece(l["Documents.UnreadableAttachment", attachment.Title], style.Body, SpaceBefore: 8));
        return flow.FirstPage;
    }
}
