namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// The starting taxonomy of samhandlingsavvik, A–J with sub-categories, that a community adopts and then adjusts.
/// </summary>
public static class StandardTaxonomy
{
    public sealed record Entry(string Code, string Name, (string Code, string Name)[] Subcategories);

    public static readonly Entry[] Entries =
    [
        new("A", "Henvisning og innleggelse",
        [
            ("A1", "Mangelfull eller manglende henvisning"),
            ("A2", "Innleggelse uten nødvendige opplysninger om funksjon og behov"),
            ("A3", "Manglende innleggelsesrapport fra kommunen (PLO)"),
            ("A4", "Avvist eller forsinket henvisning"),
        ]),
        new("B", "Under oppholdet",
        [
            ("B1", "Manglende melding om innlagt pasient (PLO)"),
            ("B2", "Manglende helseopplysninger fra kommunen ved forespørsel"),
            ("B3", "Manglende involvering av kommunen i planlegging av utskrivning"),
            ("B4", "Manglende melding om forventet utskrivningsdato"),
        ]),
        new("C", "Utskrivning og epikrise",
        [
            ("C1", "Manglende epikrise"),
            ("C2", "Utskrevet uten varsel til kommunen"),
            ("C3", "Manglende utstyr eller legemidler ved utskrivning"),
            ("C4", "Utskrevet for tidlig eller til feil nivå"),
            ("C5", "Utskrevet på kveld eller natt uten avtale"),
            ("C6", "Mangelfull eller forsinket utskrivningsrapport"),
        ]),
        new("D", "Legemidler og legemiddellister",
        [
            ("D1", "Manglende eller feil legemiddelliste"),
            ("D2", "Uklare endringer i legemiddelbehandlingen"),
            ("D3", "Manglende resepter eller legemidler for helg og høytid"),
            ("D4", "Avvik i kjernejournal eller pasientens legemiddelliste"),
        ]),
        new("E", "Kommunikasjon og elektroniske meldinger (PLO-meldinger)",
        [
            ("E1", "PLO-melding ikke sendt"),
            ("E2", "PLO-melding sendt til feil mottaker"),
            ("E3", "Melding ikke besvart innen frist"),
            ("E4", "Ikke nådd på telefon eller uklar kontaktperson"),
        ]),
        new("F", "Psykisk helse og rus",
        [
            ("F1", "Manglende samarbeid om behandlingsplan eller individuell plan"),
            ("F2", "Utskrivning uten oppfølging i kommunen"),
            ("F3", "Avvist eller forsinket innleggelse i psykisk helsevern"),
        ]),
        new("G", "Akuttmedisin og ambulanse",
        [
            ("G1", "Forsinket eller manglende ambulanse"),
            ("G2", "Mangelfull overlevering mellom ambulanse og kommune"),
            ("G3", "Uavklart ansvar mellom legevakt og sykehus"),
        ]),
        new("H", "Svangerskap, fødsel og nyfødte",
        [
            ("H1", "Manglende melding til helsestasjon etter fødsel"),
            ("H2", "Mangelfull oppfølging i svangerskapet mellom nivåene"),
        ]),
        new("I", "Smittevern",
        [
            ("I1", "Manglende opplysning om smitte eller resistente bakterier"),
            ("I2", "Manglende isolasjonstiltak ved overføring"),
        ]),
        new("J", "Annet", [("J1", "Annet samhandlingsavvik")]),
    ];

    /// <summary>New taxonomy rows for one community, linked through <see cref="DeviationCategory.Parent"/>.</summary>
    public static List<DeviationCategory> Create(int communityId)
    {
        var rows = new List<DeviationCategory>();
        var order = 0;
        foreach (var entry in Entries)
        {
            var category = new DeviationCategory { CommunityId = communityId, Code = entry.Code, Name = entry.Name, SortOrder = order++ };
            rows.Add(category);
            rows.AddRange(entry.Subcategories.Select(s =>
                new DeviationCategory { CommunityId = communityId, Code = s.Code, Name = s.Name, Parent = category, SortOrder = order++ }));
        }
        return rows;
    }
}
