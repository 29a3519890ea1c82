namespace Helsefellesskap.Web.Features.Demo;

/// <summary>
/// Plausible texts of the synthetic deviation reports: by category, and the dialogue both ways. None holds patient data
/// (no names, dates of birth, identity or phone numbers); a unit test runs every one through the patient-data guard.
/// </summary>
internal static class DeviationDemoTexts
{
    /// <summary>What happened, by category code, as a municipality reports it to the hospital.</summary>
    public static readonly Dictionary<string, string[]> ToHospital = new()
    {
        ["A"] =
        [
            "Innlagt fra legevakten uten at innleggelsesrapporten fra hjemmetjenesten fulgte med. Sykehuset manglet opplysninger om funksjonsnivå og hjelpebehov.",
            "Henvisning til vurdering i spesialisthelsetjenesten ble returnert uten begrunnelse. Ny henvisning måtte sendes, og vurderingen ble forsinket med flere uker.",
            "Innleggelsesrapporten ble sendt, men var ikke lest da avdelingen ringte hjemmetjenesten og spurte om de samme opplysningene.",
        ],
        ["B"] =
        [
            "Hjemmetjenesten fikk ikke melding om innleggelse. Vi oppdaget det først da vi kom på hjemmebesøk og ingen åpnet.",
            "Kommunen ble ikke involvert i planleggingen av utskrivningen, selv om det var tydelig at behovet for tjenester ville øke.",
            "Forventet utskrivningsdato ble ikke meldt. Tildelingskontoret fikk under ett døgns varsel om behov for korttidsplass.",
        ],
        ["C"] =
        [
            "Utskrevet til hjemmet uten epikrise. Hjemmetjenesten hadde ingen informasjon om endringer i behandlingen eller om videre oppfølging.",
            "Utskrevet fra sykehuset uten varsel til kommunen. Hjemmetjenesten fikk vite om hjemkomsten fra pårørende.",
            "Utskrevet til korttidsavdeling uten nødvendig utstyr. Sykehjemmet manglet blant annet sondemat og riktig type bandasjer.",
            "Utskrevet sent på kvelden uten at det var avtalt med kommunen. Det var ikke personell tilgjengelig til å ta imot.",
            "Utskrivningsrapporten kom først to dager etter hjemkomst og manglet opplysninger om sårstell.",
            "Meldt utskrivningsklar, men tilstanden var tydelig dårligere enn beskrevet. Ny innleggelse etter ett døgn.",
        ],
        ["D"] =
        [
            "Legemiddellisten i epikrisen stemte ikke med det som faktisk var gitt på sykehuset. To legemidler var seponert uten forklaring.",
            "Dosen av blodfortynnende var endret, men det gikk ikke fram av epikrisen hvorfor eller hvor lenge endringen skulle gjelde.",
            "Utskrevet fredag ettermiddag uten resepter eller legemidler for helgen. Legevakten måtte skrive ut nye resepter.",
            "Kjernejournalen og legemiddellisten fra sykehuset viste ulike legemidler. Hjemmetjenesten brukte lang tid på å avklare hva som gjaldt.",
        ],
        ["E"] =
        [
            "Melding om utskrivningsklar pasient ble ikke sendt. Kommunen fikk beskjed på telefon samme dag som utskrivningen.",
            "Melding om innlagt pasient ble sendt til feil kommune og ble liggende i flere dager før den ble sendt videre.",
            "Dialogmelding til avdelingen ble ikke besvart innen avtalt frist, og vi måtte purre to ganger.",
            "Fikk ikke tak i ansvarlig sykepleier på avdelingen. Sentralbordet satte oss over til feil post flere ganger.",
        ],
        ["F"] =
        [
            "Utskrevet fra akuttpsykiatrisk avdeling uten at kommunen var varslet, og uten avtale om oppfølging.",
            "Innleggelse i psykisk helsevern ble avvist selv om legevakten vurderte situasjonen som akutt. Begrunnelsen ble ikke gitt skriftlig.",
            "Individuell plan ble ikke oppdatert etter oppholdet, og kommunen fikk ikke invitasjon til samarbeidsmøte.",
        ],
        ["G"] =
        [
            "Ambulansen kom mer enn en time etter bestilling fra legevakten. Det ble ikke gitt beskjed om forsinkelsen.",
            "Ved overleveringen fra ambulansen til sykehjemmet manglet skriftlig informasjon om hva som var gjort underveis.",
            "Uklart ansvar mellom legevakt og akuttmottak: pasienten ble sendt tilbake til legevakten uten vurdering.",
        ],
        ["H"] =
        [
            "Helsestasjonen fikk ikke melding om fødsel og hjemreise. Hjemmebesøket ble derfor forsinket.",
            "Opplysninger om oppfølgingen i svangerskapet ble ikke delt mellom jordmortjenesten og fødeavdelingen.",
        ],
        ["I"] =
        [
            "Sykehjemmet fikk ikke opplysning om påvist resistent bakterie før etter innflytting i dobbeltrom.",
            "Overflyttet uten beskjed om behov for isolasjon. Smittevernrutinene kunne ikke følges fra første dag.",
        ],
        ["J"] =
        [
            "Rutinen for overføring av hjelpemidler ble ikke fulgt, og hjelpemidlene ble stående igjen på sykehuset.",
            "Transport hjem var ikke bestilt, og det var uklart hvem som hadde ansvaret for å bestille den.",
        ],
    };

    /// <summary>What happened, by category code, as the hospital reports it to a municipality.</summary>
    public static readonly Dictionary<string, string[]> ToMunicipality = new()
    {
        ["A"] =
        [
            "Innlagt fra sykehjemmet uten innleggelsesrapport eller oppdatert legemiddelliste. Avdelingen brukte lang tid på å hente inn opplysninger.",
            "Sendt til akuttmottaket fra legevakten uten henvisning eller notat om hva som var gjort.",
        ],
        ["B"] =
        [
            "Hjemmetjenesten svarte ikke på forespørsel om helseopplysninger innen fristen.",
            "Kommunen tok ikke imot utskrivningsklar pasient på avtalt dag, selv om det var meldt i god tid.",
        ],
        ["D"] = ["Legemiddellisten fra kommunen var ikke oppdatert ved innleggelse, og flere faste legemidler manglet."],
        ["E"] = ["Avdelingen fikk ikke svar på meldinger til hjemmetjenesten, og ingen tok telefonen i tjenestens åpningstid."],
    };

    /// <summary>What happened between two municipalities (category E or G).</summary>
    public static readonly Dictionary<string, string[]> BetweenMunicipalities = new()
    {
        ["E"] = ["Overføring mellom kommunene skjedde uten at opplysninger om tjenestebehov fulgte med."],
        ["G"] = ["Legevakten ga ikke beskjed til hjemmetjenesten i bostedskommunen etter konsultasjon på natten."],
    };

    public static readonly string[] ImmediateActions =
    [
        "Ringte avdelingen og fikk muntlig informasjon.",
        "Kontaktet fastlegen for å avklare legemiddellisten.",
        "Ba om at epikrisen ble sendt elektronisk samme dag.",
        "Lånte utstyr fra en annen avdeling i påvente av leveranse.",
        "Meldte saken til nærmeste leder.",
        "Tok kontakt med legevakten for vurdering.",
        "Satte opp ekstra tilsyn det første døgnet.",
    ];

    public static readonly string[] Suggestions =
    [
        "Epikrisen bør følge med ved utskrivning, eller sendes elektronisk samme dag.",
        "Utskrivning etter klokken 16 bør bare skje etter avtale med kommunen.",
        "Legemiddelsamstemming bør gjøres før utskrivning, og endringer bør begrunnes i epikrisen.",
        "Avdelingen bør ha en fast kontaktperson for kommunene på dagtid.",
        "Rutinen for elektroniske meldinger bør gjennomgås i fagutvalget.",
        "Foreslår at saken tas opp i faglig samarbeidsutvalg.",
    ];

    public static readonly string[] Agreements =
    [
        "Tjenesteavtale 2 om innleggelse",
        "Tjenesteavtale 5 om utskrivningsklare",
        "Retningslinje for legemiddelsamstemming",
        "Samarbeidsavtalen, rutine for elektronisk meldingsutveksling",
    ];

    public static readonly string[] MunicipalRoles = ["Sykepleier", "Vernepleier", "Helsefagarbeider", "Avdelingsleder", "Koordinator i tildelingskontoret", "Lege ved legevakten"];

    public static readonly string[] HospitalRoles = ["Sykepleier", "Lege i spesialisering", "Overlege", "Utskrivningskoordinator"];

    /// <summary>Messages from the receiving side, before the answer.</summary>
    public static readonly string[] ReceiverMessages =
    [
        "Takk for meldingen. Vi har sendt saken til avdelingen for gjennomgang.",
        "Kan dere beskrive nærmere hvilke opplysninger som manglet?",
        "Vi går gjennom forløpet og kommer tilbake med svar innen fristen.",
        "Saken er tatt opp i avdelingens kvalitetsmøte.",
    ];

    /// <summary>Messages from the reporting side.</summary>
    public static readonly string[] ReporterMessages =
    [
        "Det var opplysningene om sårstell og legemidler som manglet.",
        "Takk for rask tilbakemelding.",
        "Vi har hatt flere lignende hendelser den siste tiden og ønsker at saken følges opp.",
        "Se vår interne referanse for detaljer. Vi tar gjerne en samtale om saken.",
    ];

    public static readonly string[] Answers =
    [
        "Vi beklager hendelsen. Rutinen for utsending av epikrise er gjennomgått, og det er innført en sjekkliste ved utskrivning.",
        "Gjennomgangen viser at varselet ikke ble sendt. Rutinen er tatt opp med alle sykepleierne på posten.",
        "Legemiddellisten er rettet, og saken er brukt i internundervisning om legemiddelsamstemming.",
        "Vi har ikke funnet avvik fra avtalt rutine i denne saken, men tar med innspillet til revisjonen av tjenesteavtalen.",
        "Saken er meldt videre til fagutvalget for utskrivning, som ser på rutinen for utskrivning på kveldstid.",
        "Vi beklager. Meldingen ble liggende i feil kø, og vi har endret oppsettet slik at det ikke skjer igjen.",
    ];

    public static readonly string[] SendBackComments =
    [
        "Svaret beskriver ikke hva som gjøres for å hindre at dette skjer igjen. Vi ber om en nærmere redegjørelse.",
        "Vi savner svar på hvorfor kommunen ikke ble varslet.",
    ];

    /// <summary>Unfinished drafts of the demo nurse.</summary>
    public static readonly string[] Drafts =
    [
        "Kom hjem fra sykehuset i går kveld uten epikrise. Skal sjekke med avdelingen i morgen før jeg sender.",
        "Legemiddellisten stemmer ikke med det som ble levert fra apoteket.",
        "Ble ikke varslet om utskrivning.",
    ];

    /// <summary>Every text above, for the patient-data test.</summary>
    public static IEnumerable<string> All =>
        new[] { ToHospital, ToMunicipality, BetweenMunicipalities }.SelectMany(d => d.Values).SelectMany(t => t)
            .Concat(ImmediateActions).Concat(Suggestions).Concat(Agreements).Concat(MunicipalRoles).Concat(HospitalRoles)
            .Concat(ReceiverMessages).Concat(ReporterMessages).Concat(Answers).Concat(SendBackComments).Concat(Drafts);
}
