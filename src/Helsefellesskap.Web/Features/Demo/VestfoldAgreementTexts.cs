namespace Helsefellesskap.Web.Features.Demo;

/// <summary>The texts of the Vestfold agreements (the overarching agreement as in the draft of SSU-sak 2022.39) and the requirement topics.</summary>
internal static partial class VestfoldAgreements
{
    private const string OverarchingText = """
        ## 1. Formål
        Overordnet samarbeidsavtale skal bidra til systematisk utvikling av helse- og omsorgstjenestene slik at innbyggerne opplever helhetlige og sammenhengende helsetjenester som tar utgangspunkt i deres behov. Målsettingen er at pasienter og brukere opplever at tjenestene:

        - er faglig gode,
        - er samordnet og helhetlige,
        - preges av kontinuitet, og
        - bidrar til mestring.

        Overordnet samarbeidsavtale med underliggende delavtaler og retningslinjer beskriver hvordan virksomhetene sammen planlegger og utvikler tjenestene for etterlevelse av krav i helse- og omsorgstjenesteloven § 6-1 og 6-2 og lov om spesialisthelsetjenesten § 2-1 e.

        ## 2. Omfang og ansvar
        Avtalen gir overordnede bestemmelser om ansvar og oppgaver når det gjelder samhandling om pasientbehandling. Oppgavefordelingen i denne avtalen styres av forsvarlighetskravet og helsefaglige vurderinger.

        Partnernes ansvar for å yte helse- og omsorgstjenester er i hovedsak regulert i følgende lovverk med tilhørende forskrifter:

        - Lov om helsemessig og sosial beredskap
        - Lov om folkehelsearbeid
        - Lov om pasient- og brukerrettigheter
        - Lov om kommunale helse- og omsorgstjenester m.m.
        - Lov om spesialisthelsetjenesten m.m.
        - Lov om psykisk helsevern
        - Lov om helsepersonell
        - Lov om vern mot smittsomme sykdommer (smittevernloven)

        Likelydende avtale er inngått mellom Sykehuset i Vestfold HF og de seks kommunene som inngår i Helsefellesskapet i Vestfold.

        Overordnet samarbeidsavtale godkjennes av de ansvarlige: kommunestyret/bystyret i kommunen og styret for SiV HF.

        Avtale om helsefellesskap gir føringer og beskriver aktører, men erstatter ikke de lovpålagte samarbeidsavtalene.

        ## 3. Prinsipper for samhandling
        **Ansvar:** Kommunene har ansvar for å gi nødvendig helsehjelp etter lov om kommunale helse- og omsorgstjenester og helseforetaket det samme etter lov om spesialisthelsetjenesten. Samarbeidet skal sikre at pasientene blir hørt og får innflytelse innenfor avtalens områder.

        **Helsekompetanse:** Virksomhetene skal bidra til forebyggende og helsefremmende tiltak, og yte helse- og omsorgstjenester som inneholder utredning, behandling og oppfølging. Befolkningen skal oppleve helsetjenestene som helhetlige og sammenhengende, hvor opplæring og mestring er en del av behandlingen.

        **Kunnskap, forskning og utvikling:** Virksomhetene har gjensidig informasjons- og veiledningsplikt og skal sørge for gjensidig kunnskapsoverføring for å fremme nødvendig fagutvikling. Det skal stimuleres til samhandlingsforskning, innføring av ny teknologi og nye behandlingsmetoder.

        **Kunnskapsbasert:** Virksomhetene skal sikre kunnskapsbaserte helsetjenester i et helhetlig pasientforløp. Sykehus og kommuner skal samarbeide om å utvikle tjenestene basert på kunnskap om befolkningens helsetilstand og forbruk av helsetjenester.

        **Digital kommunikasjon:** Virksomhetene skal sikre at alle som yter helsehjelp får nødvendig og relevant informasjon gjennom riktig og sikker bruk av digital meldingsutveksling. Informasjonen skal være tilgjengelig til rett tid.

        ## 4. Organisering av samarbeid
        ### 4.1 Helsefellesskap
        Helsefellesskapet i Vestfold består av sykehuset og kommunene i opptaksområdet. Helsefellesskapet utgjør en arena for strukturert og forpliktende samarbeid, men er ikke et eget forvaltningsnivå. Det er fortsatt behov for forpliktende samarbeidsavtaler mellom kommuner og spesialisthelsetjenesten.

        Helsefellesskapet vedtar årlig handlingsplaner med beskrivelse av prioriterte innsatsområder for samarbeid og tjenesteutvikling.

        Avtale om helsefellesskap beskriver aktørene partnerskapsmøte, strategisk samarbeidsutvalg (SSU) og faglige samarbeidsutvalg.

        ### 4.2 Delavtaler
        Lov om kommunale helse- og omsorgstjenester og spesialisthelsetjenesteloven stiller krav til innhold i samarbeidsavtalene. Kommunene i Vestfold og SiV HF har, med utgangspunkt i denne overordnede samarbeidsavtalen, følgende delavtaler:

        - Samhandling om helhetlig pasientbehandling (henvisning, innleggelse, utskrivning, habilitering/rehabilitering og forebygging)
        - Samarbeid om kompetanse, utdanning og forskning
        - Samarbeid om beredskap

        ### 4.3 Møteplasser
        Virksomhetene skal bidra til etablering og videreutvikling av faglige nettverk og møteplasser for å sikre gjensidig kunnskapsdeling og gode pasientforløp.

        ## 5. Kostnader
        Partnerne bærer selv sine kostnader til oppgaver som følger av denne avtalen.

        ## 6. Håndtering av avvik, uenighet og mislighold
        Partene skal håndtere avvik i henhold til definert prosedyre.

        Partenes intensjon er å løse uenighet i linjen, så nær pasient/bruker som mulig og på lavest mulig tjenestenivå. Pasientens beste skal være hovedfokus for begge parter i pasientrelaterte saker.

        Partene er enige om at håndtering av uenighet knyttet til avtalen skal følge denne prosessen:

        - Uenigheten skal være behandlet på øverste administrative nivå i henholdsvis helseforetak og kommune.
        - Dersom det ikke oppnås enighet på øverste administrative nivå i henholdsvis helseforetak og kommune, legges saken fram for den nasjonale tvisteløsningsnemnda.
        - Avgjørelsen fra nasjonalt organ for tvisteløsning kan bringes inn for de ordinære domstoler etter reglene i tvisteloven.

        Etter «Avtale om nasjonal tvisteløsningsnemnd for helse- og omsorgssektoren» mellom Helse- og omsorgsdepartementet og KS bærer partene egne omkostninger i forbindelse med behandlingen av konkrete tvister for den nasjonale tvisteløsningsnemnda.

        Dersom en av partene misligholder sin del av avtalen med vedlegg, og dette påfører den annen part dokumenterte tap, kan tapet kreves dekket av den som misligholder avtalen.

        ## 7. Varighet, revisjon og oppsigelse
        Avtalen er gyldig fra 01.07.2023.

        Virksomhetene skal årlig gjennomgå avtalen med sikte på nødvendige oppdateringer eller utvidelser. Avtalen kan sies opp skriftlig med ett års frist. Virksomhetene forplikter seg til å gjøre avtalen kjent for ansatte, pasienter og samarbeidspartnere.
        """;

    private const string PreparednessText = """
        ## 1. Formål
        Avtalen skal sikre at kommunene og sykehuset har omforente beredskapsplaner og planer for den akuttmedisinske kjeden.

        ## 2. Omfang
        Avtalen gjelder beredskap ved kriser og katastrofer i fredstid og ved bortfall av kritiske funksjoner.

        ## 3. Beredskapsplaner
        Partene utarbeider egne beredskapsplaner og gjør dem kjent for hverandre. Planene for den akuttmedisinske kjeden samordnes i Beredskapsnettverket i Vestfold.

        ## 4. Varsling
        Partene varsler hverandre om hendelser som kan få betydning for den andre partens tjenester.

        ## 5. Varighet
        Avtalen gjelder fra 01.07.2023 og gjennomgås årlig.
        """;

    private const string PreparednessDraftText = """
        ## 1. Formål
        Avtalen skal sikre omforente beredskapsplaner og planer for den akuttmedisinske kjeden som innfrir kravene i Helsedirektoratets veileder for samarbeidsavtaler.

        ## 2. Beredskapsplaner
        Partene utarbeider og samordner beredskapsplaner, og utveksler dem hvert år innen 1. mars.

        ## 3. Felles risiko- og sårbarhetsanalyse
        Partene gjennomfører en felles risiko- og sårbarhetsanalyse for helsetjenestene i Vestfold hvert fjerde år.

        ## 4. Roller, ansvar og kriseledelse
        Hver part har en kriseledelse med kjent kontaktpunkt. Kontaktpunktene står i vedlegg 1.

        ## 5. Varsling og kommunikasjon
        Partene varsler hverandre straks om hendelser som kan påvirke den andre partens tjenester, og avtaler felles informasjon til befolkningen.

        ## 6. Den akuttmedisinske kjeden
        Legevakt, ambulansetjeneste, AMK og akuttmottak samarbeider etter felles prosedyrer for masseskadehendelser.

        ## 7. Gjensidig bistand
        Partene kan be hverandre om bistand med personell, utstyr og kapasitet for pasienter. Bistand avtales mellom kriseledelsene.

        ## 8. Smittevern og pandemi
        Partene samordner sine smittevernplaner og pandemiplaner.

        ## 9. Varighet
        Avtalen gjelder fra den dato alle parter har vedtatt den.

        ## 10. Revisjon og evaluering
        Avtalen gjennomgås årlig, og evalueres etter hver hendelse der den er tatt i bruk.
        """;

    private const string CompetenceText = """
        ## 1. Formål
        Avtalen skal styrke kompetansen i tjenestene gjennom gjensidig kunnskapsoverføring, utdanning og forskning.

        ## 2. Kunnskapsoverføring og hospitering
        Partene tilbyr hverandre hospitering og faglige nettverk, og deler kunnskap gjennom Kompetansebroen.

        ## 3. Utdanning og praksis
        Partene samarbeider om praksisplasser og læretid for helsefagarbeidere, sykepleiere og leger i spesialisering.

        ## 4. Forskning og innovasjon
        Partene stimulerer til samhandlingsforskning sammen med Universitetet i Sørøst-Norge.

        ## 5. Varighet
        Avtalen gjelder fra 01.07.2023 og gjennomgås årlig.
        """;

    private const string PathwaysDraftText = """
        ## 1. Formål
        Avtalen skal sikre helhetlige og sammenhengende pasientforløp mellom kommunene og sykehuset.

        ## 2. Partenes ansvar
        Avtalen beskriver hvilke oppgaver partene har ansvaret for, og hvilke tiltak de skal utføre.

        ## 3. Henvisning og innleggelse
        En henvisning skal inneholde de opplysningene sykehuset trenger for å vurdere og behandle pasienten.

        ## 4. Utskrivning
        Sykehuset varsler kommunen så tidlig som mulig om pasienter som antas å ha behov for kommunale tjenester etter utskrivning.

        ## 5. Habilitering, rehabilitering og forebygging
        Partene samarbeider om habilitering, rehabilitering, lærings- og mestringstilbud og forebygging.
        """;

    private const string DeviationProcedureText = """
        ## 1. Formål
        Prosedyren skal gi kommunene og sykehuset et felles grunnlag for å melde, følge opp og lære av avvik i samhandlingen.

        ## 2. To spor
        - **Alvorlige saker** sendes som tilbakemelding eller klage og behandles som offentlig korrespondanse i post- og dokumentsystemet.
        - **Øvrige avvik**, for eksempel manglende epikrise ved utskrivning eller mangelfulle opplysninger i henvisning, registreres digitalt for statistikk og forbedring.

        ## 3. Registrering
        Avviket registreres med kategori for type avvik og hvilken del av tjenesten det gjelder (kommune, sykehus, tjeneste eller avdeling). Meldingen skal ikke inneholde identifiserbare pasientopplysninger.

        ## 4. Oppfølging og læring
        Statistikken legges fram for Faglig samarbeidsutvalg og brukes til å finne risikoområder.
        """;

    private const string TransfersText = """
        ## 1. Formål
        Prosedyren skal sikre trygge overføringer av pasienter med spesielt krevende behov fra SiV tilbake til kommunene.

        ## 2. Tidlig varsel
        Sykehuset varsler kommunen senest tre virkedager før planlagt overføring når pasienten trenger særskilt tilrettelegging.

        ## 3. Samarbeidsmøte
        Før overføringen holdes et samarbeidsmøte med pasienten, pårørende, kommunen og sykehuset.

        ## 4. Evaluering
        Prosedyren evalueres i mai og desember 2026.
        """;

    /// <summary>The topics of hol. § 6-2 that concern preparedness, and the national guide's recommendations for the sub-agreement.</summary>
    private static readonly (string Title, string Source, string Guidance)[] PreparednessTopics =
    [
        ("Omforente beredskapsplaner", "hol. § 6-2 nr. 12", "Partene skal ha omforente beredskapsplaner for helse- og omsorgstjenestene."),
        ("Planer for den akuttmedisinske kjeden", "hol. § 6-2 nr. 12", "Legevakt, ambulanse, AMK og akuttmottak: roller og samordning."),
        ("Felles risiko- og sårbarhetsanalyse", "Veilederen, beredskap", "Felles ROS-analyse for helsetjenestene i opptaksområdet."),
        ("Roller, ansvar og kriseledelse", "Veilederen, beredskap", "Hvem leder, hvem er kontaktpunkt, og hvordan partene samordnes i en krise."),
        ("Varsling og kommunikasjon", "Veilederen, beredskap", "Varslingslinjer begge veier og felles informasjon til befolkningen."),
        ("Gjensidig bistand", "Veilederen, beredskap", "Bistand med personell, utstyr og kapasitet for pasienter."),
        ("Legemiddel- og forsyningsberedskap", "Veilederen, beredskap", "Samarbeid om lagre og fordeling av legemidler og medisinsk forbruksmateriell."),
        ("Smittevern og pandemi", "Veilederen, beredskap", "Samordnede smittevern- og pandemiplaner."),
        ("Bortfall av IKT, strøm og vann", "Veilederen, beredskap", "Reserveløsninger ved bortfall av kritisk infrastruktur."),
        ("Øvelser", "Veilederen, beredskap", "Felles øvelser minst hvert annet år."),
        ("Revisjon og evaluering", "hol. § 6-5 og veilederen", "Årlig gjennomgang og evaluering etter hendelser."),
    ];

    /// <summary>The statutory minimum content of hol. § 6-2 for patient pathways (paraphrased), and the national guide's recommendations.</summary>
    private static readonly (string Title, string Source, string Guidance)[] PathwaysTopics =
    [
        ("Hvilke oppgaver forvaltningsnivåene har ansvaret for, og hvilke tiltak partene skal utføre", "hol. § 6-2 nr. 1", "Felles forståelse av ansvars- og oppgavedelingen."),
        ("Tiltak for et helhetlig og sammenhengende tilbud til pasienter med behov for koordinerte tjenester", "hol. § 6-2 nr. 2", "Tiltak som sikrer sammenhengende forløp."),
        ("Retningslinjer for samarbeid om innleggelse, utskrivning, habilitering, rehabilitering og lærings- og mestringstilbud", "hol. § 6-2 nr. 3", "Samarbeidet rundt pasienter med behov for koordinerte tjenester."),
        ("Retningslinjer for innleggelse i sykehus", "hol. § 6-2 nr. 4", "Hva en henvisning og en innleggelse skal inneholde."),
        ("Kommunens tilbud om døgnopphold for øyeblikkelig hjelp", "hol. § 6-2 nr. 5", "Beskrivelse av ØHD-tilbudet og hvem det er for."),
        ("Samarbeid om utskrivningsklare pasienter", "hol. § 6-2 nr. 6", "Varsling, vurdering og overføring til kommunale tjenester."),
        ("Gjensidig kunnskapsoverføring, informasjonsutveksling, faglige nettverk og hospitering", "hol. § 6-2 nr. 7", "Hvordan partene deler kunnskap og informasjon."),
        ("Samarbeid om jordmortjenester", "hol. § 6-2 nr. 9", "Svangerskaps-, fødsels- og barselomsorg og følgetjeneste."),
        ("Samarbeid om IKT-løsninger lokalt", "hol. § 6-2 nr. 10", "Digital samhandling og meldingsutveksling."),
        ("Samarbeid om forebygging", "hol. § 6-2 nr. 11", "Forebyggende og helsefremmende arbeid."),
        ("Tjenester til barn og unge med sammensatte vansker", "hol. § 6-2 nr. 13", "Barn og unge som får tjenester fra begge forvaltningsnivåene."),
        ("Brukermedvirkning", "Veilederen, pasientforløp", "Hvordan pasienter, brukere og pårørende medvirker."),
        ("Prioriterte pasientgrupper", "Veilederen, pasientforløp", "Forløp for gruppene i helsefellesskapets handlingsplan."),
        ("Legemiddelsamstemming", "Veilederen, pasientforløp", "Oppdaterte legemiddellister ved innleggelse og utskrivning."),
        ("Håndtering av samhandlingsavvik", "Veilederen, pasientforløp", "Henvisning til prosedyre for samhandlingsavvik."),
    ];
}
