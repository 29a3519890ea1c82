using System.Globalization;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>
/// Attachments of the Vestfold meetings, written from the seed documents (the annual report 2023 and the SSU notice of
/// 26.09.2024) as the secretariat would have attached them: PDF and Word files uploaded through the
/// <see cref="AttachmentUploader"/>, so they are checked, stored and read for search like any upload.
/// </summary>
internal static class VestfoldAttachments
{
    private const string Author = "Helsefellesskapet i Vestfold";

    /// <summary>An attachment to the item with <paramref name="CaseNumber"/> in the body's meeting on <paramref name="Date"/>.</summary>
    private sealed record DemoAttachment(
        string Body, string Date, string CaseNumber, string Title, string FileName, string Text, string[][]? Table = null);

    private static readonly DemoAttachment[] Attachments =
    [
        new("SSU", "2024-09-26", "2024.28", "Samarbeidsavtalene – status for revisjon", "samarbeidsavtalene-status.pdf",
            """
            Partnerskapsmøtet gav i oktober 2022 tilslutning til at samhandlingsavtalene mellom SiV og kommunene skulle revideres. Modellen som ble vedtatt, har en overordnet samarbeidsavtale og tre avtaler under den: avtale om omforente beredskapsplaner, ny avtale om samarbeid om helhetlige pasientforløp og ny avtale om samarbeid om kompetanse, utdanning og forskning.

            Helsedirektoratets veileder for samhandlingsavtaler ble publisert i juni 2023 og har stor betydning for arbeidet. Avtalene som ble vedtatt i 2023, skal revideres for å innfri veilederen.

            Delavtale om helhetlige pasientforløp skal erstatte de gjeldende delavtalene om partenes ansvar, om henvisninger til og innleggelser i sykehus, retningslinjer for utskriving fra sykehus, samarbeid om habilitering, rehabilitering og lærings- og mestringstilbud, planer for akuttmedisinsk kjede og øyeblikkelig hjelp døgnopphold, samarbeid om jordmortjeneste og om forebygging. Nytt lovkrav om samarbeid om tjenester til barn og unge med sammensatte vansker og lidelser skal arbeides inn i delavtalen.
            """,
            [
                ["Avtale", "Versjon", "Status"],
                ["Overordnet samarbeidsavtale", "Revidert 2023", "Godkjent av SiV og kommunestyrene i 2023"],
                ["Avtale om omforente beredskapsplaner", "Revidert 2023", "Under revisjon, se sak 2024.28"],
                ["Delavtale om samarbeid om kompetanse, utdanning og forskning", "Revidert 2023", "Godkjent av SiV og kommunestyrene i 2023"],
                ["Delavtale om helhetlige pasientforløp med vedlegg", "Utkast 2024", "Ikke enighet ennå; målet er en avtale våren 2024"],
            ]),
        new("SSU", "2024-09-26", "2024.32", "Rammer og føringer for samhandlingsmidler fra HSØ", "samhandlingsmidler-hso.pdf",
            """
            Helse Sør-Øst RHF har gitt tilsagn om 7 millioner kroner i samhandlingsmidler som skal benyttes i helsefellesskapet. Det er krav om enighet i helsefellesskapet om tiltaksområder innen 1. november.

            I Meld. St. 9 (2023–2024) Nasjonal helse- og samhandlingsplan 2024–2027 framgår det at finansieringen av helse- og omsorgstjenestene oppleves som en barriere for samarbeid mellom nivåene, for eksempel når tiltak ikke blir gjennomført fordi kostnaden kommer på ett nivå og gevinsten på det andre.

            Rekrutterings- og samhandlingstilskuddet skal understøtte forpliktende samarbeid mellom kommuner og helseforetak om tjenesteutvikling og gode pasientforløp, og legge til rette for et godt desentralisert helsetilbud med god kvalitet og riktig arbeidsdeling. Tilskuddsmidlene skal brukes etter enighet mellom helseforetaket og aktuelle kommuner.
            """),
        new("PM", "2024-05-30", "2024.4", "Utkast til handlingsplan for Helsefellesskapet i Vestfold 2025", "utkast-handlingsplan-2025.docx",
            """
            Handlingsplanen for 2025 bygger på nasjonale føringer, tidligere arbeidsform og prioriteringer. Dokumentet er en matrise som viser prioriterte pasientgrupper, tema, mål og tiltak.

            - Skrøpelige eldre og personer med flere kroniske lidelser: Vitality med tverrfaglige integrerte team, digital hjemmeoppfølging.
            - Barn og unge, psykisk helse og rus: Ung Arena+, samhandlingsforløp for barn og unge med sammensatte behov.
            - Nye innsatsområder: rehabilitering, habilitering og samhandling innen svangerskap, fødsel og barsel.

            Tiltak som ikke er ferdigstilt i 2024, videreføres i handlingsplanen for 2025. Strategisk samarbeidsutvalg konkretiserer og vedtar planen i siste møte i 2024.
            """),
    ];

    public static async Task SeedAsync(DemoRegister register)
    {
        var uploader = register.Services.GetRequiredService<AttachmentUploader>();
        var pageNumbers = DocumentText.PageNumberFormat(register.Services.GetRequiredService<IStringLocalizer<SharedResource>>());
        foreach (var attachment in Attachments)
        {
            var date = DemoMeetingWriter.Date(attachment.Date);
            var number = attachment.CaseNumber.Split('.');
            var item = await register.Db.AgendaItems.IgnoreQueryFilters()
                .SingleAsync(i => i.CommunityId == register.CommunityId && i.Meeting!.Body!.ShortName == attachment.Body && i.Meeting.Date == date
                    && i.CaseYear == int.Parse(number[0], CultureInfo.InvariantCulture) && i.CaseSequence == int.Parse(number[1], CultureInfo.InvariantCulture));
            var content = attachment.FileName.EndsWith(".docx", StringComparison.Ordinal) ? Docx(attachment, pageNumbers) : Pdf(attachment, pageNumbers);
            var result = await uploader.UploadAsync(item, attachment.Title, new MemoryStream(content), attachment.FileName);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo data: the attachment {attachment.FileName} was refused: {result.Error}");
            }
        }
    }

    private static byte[] Pdf(DemoAttachment attachment, string pageNumbers)
    {
        var style = new PdfStyle();
        using var document = PdfOutput.NewDocument(attachment.Title, Author);
        using (var flow = new PdfFlow(document, style, new PageFrame(Author, attachment.CaseNumber)))
        {
            flow.Write(new Piece(attachment.Title, style.Heading));
            flow.Space(8);
            flow.Write(style.Blocks(MarkdownText.Blocks(attachment.Text), spaceBefore: 6));
            if (attachment.Table is [var heading, .. var rows])
            {
                flow.Space(12);
                flow.Table(
                    [.. heading.Select((h, i) => new TableColumn(h, i == 0 ? 2 : 1))],
                    rows.Select(row => (IReadOnlyList<IReadOnlyList<Piece>>)[.. row.Select(cell => (IReadOnlyList<Piece>)[new Piece(cell, style.Body)])]));
            }
        }
        PdfOutput.NumberPages(document, style, pageNumbers);
        return PdfOutput.Save(document);
    }

    private static byte[] Docx(DemoAttachment attachment, string pageNumbers)
    {
        var writer = new DocxWriter();
        writer.Heading(attachment.Title);
        foreach (var text in DocxText.FromMarkdown(attachment.Text))
        {
            writer.Paragraph(text, 120);
        }
        return writer.Save(attachment.Title, Author, attachment.CaseNumber, pageNumbers);
    }
}
