using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Meetings;
using static Helsefellesskap.Web.Features.Meetings.AgendaItemKind;
using static Helsefellesskap.Web.Features.Meetings.AgendaItemTypes;
using static Helsefellesskap.Web.Features.Meetings.ParticipantRole;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>2022: SSU 22.09, the partnership meeting 07.10 and SSU 24.11 with the meeting plan for 2023.</summary>
internal static partial class VestfoldMeetings
{
    private const string SsuAddressees = "SSUs faste medlemmer";
    private const string SsuTopic = "Innkalling SSU";
    private const string SivRoom028 = "Møterom 028, SiV (bak kantinen)";

    private static void Seed2022(DemoMeetingWriter w)
    {
        var september = SsuSeptember2022(w);
        var partnership = Partnership2022(w, september);
        SsuNovember2022(w, september, partnership);
    }

    private sealed record September2022(
        Meeting Meeting, AgendaItem Deviations, AgendaItem Agreements, AgendaItem PartnershipMeeting, AgendaItem GpSituation);

    private static September2022 SsuSeptember2022(DemoMeetingWriter w)
    {
        var m = w.Meeting("SSU", "2022-09-22", "13:30", "15:30", "Nøtterøy kulturhus, Tinghaugveien 14, Lillesalen", SsuAddressees, SsuTopic);
        DemoMeetingWriter.IssueNotice(m);

        w.Participant(m, "Arne Solberg", Member, AttendanceResponse.Coming, AttendanceStatus.Present, chair: true);
        w.Present(m, Member,
            "Gunnhild Ramberg", "Camilla Øvrebø", "Hilde Marie Sunde", "Per Arne Moen", "Sigrid Nyhus", "Torunn Hagen Dahl",
            "Sverre Nakkim", "Mona Vestby", "Tor Inge Bjerke");
        w.Participant(m, "Jan Olav Rustad", Guest, AttendanceResponse.Coming, AttendanceStatus.Present, note: "Kommuneoverlege");
        w.Absent(m, Member, "Ragnhild Tveter", "Øystein Ravnå", "Olav Tjelta", "Knut Eirik Solheim", "Aud Hovland");
        w.Participant(m, "Linda Brekke", Observer, AttendanceResponse.Coming, AttendanceStatus.Present, note: "Den norske legeforening");
        w.Participant(m, "Kjetil Sandvold", Observer, AttendanceResponse.Coming, AttendanceStatus.Present, note: "Norsk Sykepleierforbund");
        w.Present(m, Secretariat, "Siri Alme Grønvold", "Jon Erik Fosse");
        w.Participant(m, "Henrik Moe", Secretariat, AttendanceResponse.Coming, AttendanceStatus.Present, minuteTaker: true);

        w.Item(m, "2022.21", "Godkjenning av innkalling og dagsorden", Decision, ApproveNotice,
            conclusion: "Innkalling og dagsorden godkjennes.");
        w.Item(m, "2022.22", "Referat SSU 19.05.22", Decision, ApproveMinutes,
            summary: "Referat utsendt tidligere, ikke mottatt bemerkninger.",
            conclusion: "Referat godkjennes.");
        w.Item(m, "2022.23", "ParkinsonNet", Information, responsible: ["Jens Aulie"],
            summary: "Orientering om ParkinsonNet v/Jens Aulie. ParkinsonNet er et tverrfaglig samarbeid etter nederlandsk modell for "
                + "oppfølging av pasienter med Parkinson sykdom. Målsetningen er optimal behandling der pasienten bor, tidligere oppdagelse "
                + "og heving av kunnskapsnivå gjennom systematisk opplæring på tvers av fagdisipliner og forvaltningsnivå.\n\n"
                + "Vedlegg: Presentasjon fra SSU-møte.",
            conclusion: "SSU tar saken til orientering.");
        w.Item(m, "2022.24", "Prosjekt Vitality", Information, responsible: ["Cathrine Fosli"],
            summary: "Prosjektleder Cathrine Fosli orienterte om status i prosjektet. Integrerte helsetjenester er i drift i Larvik kommune. "
                + "Det planlegges evalueringsseminar i oktober. Sandefjord er neste kommune med forventet oppstart høsten 2022, lokal "
                + "arbeidsgruppe og prosjektleder på plass. Horten planlegges deretter, målsetting om å etablere mot slutten av året.\n\n"
                + "Vedlegg: Presentasjon fra SSU-møte.",
            conclusion: "SSU tar saken til orientering.");
        w.Item(m, "2022.25", "Prosjekt Ung Arena+ Vestfold", Information, responsible: ["Marius Hjelmeland"],
            summary: "Prosjektleder Marius Hjelmeland orienterte om status i prosjektet. Utviklingsprosjekt i samarbeid med Tønsberg kommune. "
                + "Innsiktsrapport og faseplan er godkjent tidligere. Arbeidet i år har hatt fokus på tjenesteutvikling. Plan for høsten 2022: "
                + "organisatorisk løsningsbeskrivelse, tekniske løsninger, areal og lokaler. Risiko knyttet til lokaler og areal. Også risiko "
                + "knyttet til tekniske løsninger, IKT og kommunikasjon.\n\nVedlegg: Presentasjon fra SSU-møte.",
            conclusion: "SSU tar saken til orientering.");
        var deviations = w.Item(m, "2022.26", "Samhandlingsavvik", Discussion | Decision, responsible: ["Randi Eikeland"],
            summary: "Leder for Faglig samarbeidsutvalg for kvalitet og tjenesteutvikling (FSU-KT) Randi Eikeland presenterer revidert "
                + "prosedyre for samhandlingsavvik mellom kommunene og SiV.",
            conclusion: """
                Revidert prosedyre godkjennes.
                Det innhentes informasjon om mulighet for digital håndtering av samhandlingsavvik.
                Virksomhetenes håndtering av samhandlingsavvik kartlegges og evalueres med hensyn til forbedringstiltak og eventuelt ny revisjon av innhold etter evaluering.
                """);
        var agreements = w.Item(m, "2022.27", "Organisering og revidering av samhandlingsavtaler", Discussion | Decision,
            responsible: ["Randi Eikeland"],
            summary: "Leder for FSU-KT Randi Eikeland presenterer forslag til modell for organisering og revidering av samhandlingsavtaler. "
                + "Forslaget medfører at dagens avtalestruktur med 13 dokumenter, samt to nye myndighetskrav, organiseres og struktureres i "
                + "fire avtaledokumenter.\n\nVedlegg: Presentasjon fra SSU-møte.",
            conclusion: """
                SSU støtter forslaget til ny avtalestruktur og modell for organisering og revidering av samhandlingsavtaler som utgangspunkt for videre arbeid.
                Saken legges frem for Partnerskapsmøtet med SSUs tilrådning.
                Arbeidet med revisjon av avtalenes innhold kan starte opp når struktur er besluttet.
                """);
        w.Item(m, "2022.28", "Digital hjemmeoppfølging", Information, responsible: ["Camilla Øvrebø"],
            summary: "Oppfølging av sak 2022.13. Orientering ved Camilla Øvrebø. Kommunene i Vestfold og Telemark har sammen med sykehusene og "
                + "kommunenes fastleger fått innvilget 2 mill. kr til spredning og implementering av digital hjemmeoppfølging. Skien kommune "
                + "er prosjekteier og Larvik kommune stiller med faglige ressurser og prosjektlederressurser. Det gjennomføres "
                + "oppstartseminar 27.09.22 med bred deltakelse fra kommuner og sykehus.",
            conclusion: "SSU tar saken til orientering.");
        var partnershipMeeting = w.Item(m, "2022.29", "Partnerskapsmøte høsten 2022", Information | Decision,
            responsible: ["Siri Alme Grønvold", "Jon Erik Fosse", "Henrik Moe"],
            summary: "Orientering ved Siri Alme Grønvold, Jon Erik Fosse og Henrik Moe. Partnerskapsmøtet gjennomføres i Færder kommune "
                + "fredag 07.10.22 kl. 12–15. Forslag til møteagenda, status handlingsplan 2021–2022 og forslag til handlingsplan 2023 var "
                + "utsendt med møteinnkallingen og ble presentert i møtet. Plan for samhandlingskonferanse om akuttkjeden ble presentert.",
            conclusion: """
                SSU tar saken til orientering.
                SSU tilslutter seg forslag til handlingsplan for 2023 med tillegg av at det inntas omtale av fokus på barn og unges psykiske helse også utenom prosjektet Ung Arena+, samt styrket betoning av fastlegesituasjonen og omtale av bemanningsutfordringer for andre personellgrupper.
                Sekretariatet får i oppgave å gjøre redaksjonelle endringer før partnerskapsmøtet.
                """);
        w.Item(m, "2022.30", "Kompetansebroen", Information, responsible: ["Henrik Moe"],
            summary: "Oppsummering av innspill til strategi for perioden 2023–2026 med tilhørende handlingsplan for 2023 var utsendt med "
                + "møteinnkallingen. Kort orientering ved Henrik Moe.",
            conclusion: "SSU tar saken til orientering.");
        w.Item(m, "2022.31", "Mulige forbedringsområder i samhandling mellom KPA og kommunene", Discussion, responsible: ["Olav Tjelta"],
            state: AgendaItemState.Withdrawn,
            summary: "Saken utgikk på grunn av forfall fra klinikksjef Olav Tjelta.");
        w.Item(m, "2022.32", "Orientering om endringer i SiV angående sekretariatsfunksjoner og ledelse av samhandling", Information,
            responsible: ["Henrik Moe"],
            summary: "Kort orientering ved Henrik Moe. Presentasjon fra SSU-møte vedlagt.",
            conclusion: "SSU tar saken til orientering.");
        var gpSituation = w.Item(m, "2022.33", "Status for fastlegeordningen i Vestfold", Information | Discussion,
            responsible: ["Arne Solberg", "Henrik Moe"],
            summary: "Innledning ved Arne Solberg og Henrik Moe om tallgrunnlag for situasjonen i Vestfold samt tiltak som er forsøkt i "
                + "kommunene for å styrke rekruttering og stabilitet. Temaet har også sentral plass på Statsforvalterens høstkonferanse "
                + "29.09.22 og tas opp som egen sak i Partnerskapsmøtet 07.10.22.\n\nVedlegg: Presentasjon fra SSU-møte.",
            conclusion: """
                SSU tar saken til orientering.
                Saken følges opp i neste SSU-møte med nærmere konkretisering av rolle for Helsefellesskapet og SSU.
                """);
        w.Item(m, "2022.34", "Eventuelt", kind: AnyOtherBusiness,
            summary: "Neste SSU-møte er 24.11.2022. Sted: SiV.");

        w.Task(partnershipMeeting, 3, "Gjøre redaksjonelle endringer i forslag til handlingsplan 2023 før partnerskapsmøtet",
            FollowUpStatus.Done, DemoMeetingWriter.Date("2022-10-03"), ownerPerson: "Siri Alme Grønvold");
        return new September2022(m, deviations, agreements, partnershipMeeting, gpSituation);
    }

    private sealed record October2022(Meeting Meeting, AgendaItem Agreements, AgendaItem GpSituation);

    private static October2022 Partnership2022(DemoMeetingWriter w, September2022 ssu)
    {
        var m = w.Meeting("PM", "2022-10-07", "12:00", "15:00", "Færder kommune, kommunestyresalen",
            "Partnerskapsmøtets medlemmer", "Partnerskapsmøte");
        DemoMeetingWriter.IssueNotice(m);
        // Minutes of a partnership meeting are approved at the next one (16.06.2023), which the demo leaves out.
        DemoMeetingWriter.ApproveMinutes(m, MinutesApproval.AtMeeting, DemoMeetingWriter.Date("2023-06-16"));

        w.Participant(m, "Geir Haugerud", Member, AttendanceResponse.Coming, AttendanceStatus.Present, chair: true);
        w.Present(m, Member,
            "Nils Petter Hval", "Bjørn Egil Nyland", "Wenche Grini", "Rolf Enger");
        w.Participant(m, "Gunnhild Ramberg", Deputy, AttendanceResponse.Coming, AttendanceStatus.Present, substituteFor: "Trond Lien Aas");
        w.Present(m, Member,
            "Jørn Hovde", "Sveinung Myhre", "Ellen Vold Sørby", "Hanne Kolstad", "Anita Krog", "Kjell Arne Torp", "Harald Strøm",
            "Liv Marit Berge", "Sverre Nakkim", "Mona Vestby", "Aud Hovland", "Tor Inge Bjerke", "Arne Solberg");
        w.Absent(m, Member, "Trond Lien Aas");
        w.Participant(m, "Helge Kvamme", Guest, AttendanceResponse.Coming, AttendanceStatus.Present, note: "Innleder, sak 2022.7");
        w.Participant(m, "Siri Alme Grønvold", Secretariat, AttendanceResponse.Coming, AttendanceStatus.Present, minuteTaker: true);
        w.Participant(m, "Henrik Moe", Secretariat, AttendanceResponse.Coming, AttendanceStatus.Present, minuteTaker: true);

        w.Item(m, "2022.1", "Godkjenning av innkalling og dagsorden", Decision, ApproveNotice,
            summary: "Ingen kommentarer til innkalling eller saksliste. Sak 2022.8 utgår på grunn av forfall.",
            conclusion: "Innkalling og dagsorden godkjennes.");
        w.Item(m, "2022.2", "Referat fra Partnerskapsmøte 19.08.2021", Decision, ApproveMinutes,
            summary: "Referat fra partnerskapsmøtet ble godkjent uten kommentarer.",
            conclusion: "Referatet godkjennes.");
        w.Item(m, "2022.3", "Status Handlingsplan for Helsefellesskapet 2021-2022", Information | Dialogue, responsible: ["Arne Solberg"],
            summary: "Innledning ved Arne Solberg med gjennomgang av handlingsplan 2021–22 og status for fremdrift og oppnådde resultater for "
                + "innsatsområdene. Dialog i møtet. Positive tilbakemeldinger om fremdrift i en krevende situasjon med pandemi og stor "
                + "pasientpågang i etterkant av pandemien.\n\nInnspill fra Liv Marit Berge om prosjektorganisering og tidkrevende prosess når "
                + "tiltak skal testes ut i samarbeid med én kommune før utbredelse til andre kommuner (eks. skrøpelige eldre og Ung Arena+). "
                + "Andre prosjekter planlegges gjennomført i en samtidig prosess (eks. pakkeforløp hjem og samarbeid om akuttkjeden). Innspill "
                + "fra Kjell Arne Torp om utfordringer knyttet til budsjettprosesser når behov for lokaler og areal ikke kan løses innenfor "
                + "eksisterende tjenester.",
            conclusion: """
                Partnerskapsmøtet tar Status Handlingsplan 2021-2022 til etterretning.
                Status for handlingsplan 2021-2022 er utgangspunkt for Handlingsplan 2023.
                """);
        w.Item(m, "2022.4", "Handlingsplan for Helsefellesskapet 2023", Dialogue | Decision, responsible: ["Arne Solberg"],
            previous: ssu.PartnershipMeeting, origin: ItemOrigin.SentFrom,
            summary: "Innledning og presentasjon ved Arne Solberg. Dialog i møtet. Handlingsplanen er et overordnet dokument som gir retning "
                + "for Helsefellesskapet. Flere tiltak vil være aktuelle over flere år, samtidig skal handlingsplanen tilpasses aktuelt "
                + "utfordringsbilde. Når det gjelder helsepersonellsituasjonen, oppleves for tiden situasjonen i fastlegeordningen som mest "
                + "kritisk. Det vil i kommende handlingsplaner være behov for at også rekruttering, stabilitet og samarbeid om andre "
                + "helsepersonellgrupper omfattes av handlingsplanen.",
            conclusion: """
                Utsendt forslag til Handlingsplan 2023 for Helsefellesskapet i Vestfold vedtas av partnerskapsmøtet.
                Kommunene og helseforetaket bes om å slutte seg til handlingsplanen.
                """);
        w.Item(m, "2022.5", "Utviklingsplan for SiV HF 2022-2025", Information | Dialogue, responsible: ["Liv Marit Berge", "Petter Aalvik"],
            summary: """
                Innledning ved Liv Marit Berge og oppsummering av utviklingsplanens innretning ved konsulent Petter Aalvik. SiV utarbeidet en omfattende plan i 2018; nå gjøres ingen full rullering, men en oppdatering og revisjon. Etter høring og styrebehandling påpekes seks områder med særlig behov for oppfølging:

                1. Økt forekomst av demens, sterkere enn fanget opp av demografiske fremskrivningsmodeller
                2. Utfordringer i psykisk lidelse
                3. Økte krav til beredskap, jf. pandemien
                4. Økte muligheter innen presisjonsmedisin (persontilpasset medisin)
                5. Arealfleksible løsninger
                6. Utfordringer i fastlegeordningen

                Utviklingsplanen er bygget opp om tre hovedperspektiver:

                1. Intern utvikling og konsolidering av SiV
                2. Utvikling av SiV innenfor rammene av en helhetlig spesialisthelsetjeneste
                3. Utvikling av SiV gjennom et tettere samarbeid med kommuner og øvrig primærhelsetjeneste i Vestfold

                Dialog i møtet. Alle kommunene har behandlet utviklingsplanen administrativt og politisk. Flere kommuner har påpekt utfordringer ved SiVs utskrivningspraksis fra somatiske sykehusavdelinger samt avvisning av henvisninger til psykisk helsevern. Arbeidet tas inn i revisjon av samarbeidsavtaler (jf. sak 2022.6). Styreleder Harald Strøm viste til at antall avvisninger av henvisninger til psykisk helsevern er redusert, og til nye inntaksrutiner.
                """,
            conclusion: "Partnerskapsmøtet tar utviklingsplanen for SiV HF 2022-2025 til orientering.");
        var agreements = w.Item(m, "2022.6", "Samhandlingsavtaler", Decision, responsible: ["Henrik Moe"],
            previous: ssu.Agreements, origin: ItemOrigin.SentFrom,
            summary: "Henrik Moe presenterte forslag til ny modell for organisering og revidering av samhandlingsavtaler. Forslaget medfører "
                + "en forenkling av avtalestrukturen og tilpasning til inngått avtale om helsefellesskap.",
            conclusion: """
                Partnerskapsmøtet godkjenner forslaget om revidert avtalestruktur.
                Sekretariatet for helsefellesskapet koordinerer planarbeidet. Det forutsettes gjennomført nødvendig behandling i forberedende organer og gjennomførte interne høringsprosesser før behandling og beslutning i kommuner og helseforetak.
                """);
        var gpSituation = w.Item(m, "2022.7", "Fastlegesituasjonen i Vestfold", Information | Dialogue,
            responsible: ["Sverre Nakkim", "Helge Kvamme"], previous: ssu.GpSituation, origin: ItemOrigin.SentFrom,
            summary: "Innledninger ved Sverre Nakkim og fylkeslege Helge Kvamme. Orientering om situasjonsbildet med et stort antall personer "
                + "som ikke lenger står på en pasientliste med fast lege. Pasientsikkerhetsrisiko for mangelfull oppfølging og behandling.\n\n"
                + "Diskusjon i møtet: Behov for flere leger i allmennhelsetjenesten. Mulighet for at andre helsepersonellgrupper kan bistå "
                + "fastlegen, men dagens finansieringsordninger understøtter ikke dette. Alle Vestfold-kommuner opplever utfordringer i "
                + "fastlegesituasjonen. Samarbeid om gode tiltak for å stabilisere legedekning og sikre et forsvarlig pasienttilbud.",
            conclusion: """
                Partnerskapsmøtet tar saken til orientering.
                Fastlegesituasjonen følges opp som et av innsatsområdene i handlingsplanen for helsefellesskapet.
                """);
        w.Item(m, "2022.8", "Demografiske utfordringer", Information, state: AgendaItemState.Postponed,
            summary: "Saken utgår på grunn av forfall. Settes opp på neste partnerskapsmøte.");
        w.Item(m, "2022.9", "Partnerskapsmøte 2023", Decision,
            conclusion: """
                Neste partnerskapsmøte planlegges før sommeren 2023. Møtested: Holmestrand.
                Sekretariatet vurderer alternativer og presenterer forslag til møtetidspunkt.
                """);
        w.Item(m, "2022.10", "Eventuelt", kind: AnyOtherBusiness,
            summary: "Liv Marit Berge orienterte om utviklingen i SiV med stor pasientpågang, utfordringer etter innflytting i nytt "
                + "somatikkbygg og etablering av nytt Akuttsenter.");
        return new October2022(m, agreements, gpSituation);
    }

    private static void SsuNovember2022(DemoMeetingWriter w, September2022 september, October2022 partnership)
    {
        var m = w.Meeting("SSU", "2022-11-24", "13:30", "15:20", SivRoom028, SsuAddressees, SsuTopic);
        DemoMeetingWriter.IssueNotice(m);
        // Held; the seed has the notice only, so the minutes are a draft with the decisions the register builds on.
        m.Status = MeetingStatus.Held;
        m.MinutesStatus = MinutesStatus.Draft;

        w.CallMembers(m, AttendanceResponse.Coming, AttendanceStatus.Present);
        w.Participant(m, "Henrik Moe").IsMinuteTaker = true;
        var apologies = w.Participant(m, "Knut Eirik Solheim");
        (apologies.Response, apologies.Attendance) = (AttendanceResponse.NotComing, AttendanceStatus.Absent);

        w.Item(m, "2022.35", "Godkjenning av innkalling og dagsorden", kind: ApproveNotice,
            conclusion: "Innkalling og dagsorden godkjennes.");
        var minutes = w.Item(m, "2022.36", "Referat SSU 22.09.22 og referat Partnerskapsmøte 07.10.22", kind: ApproveMinutes,
            approvesMinutesOf: september.Meeting,
            description: "2 vedlegg:\n\n- Referat SSU 22.09.22\n- Referat Partnerskapsmøte 07.10.22",
            conclusion: "Referat SSU 22.09.22 godkjennes. Referat fra partnerskapsmøtet 07.10.22 tas til orientering.");
        w.ApprovedAt(september.Meeting, minutes);

        var organisation = w.Item(m, "2022.37", "Organisering av Helsefelleskapet", Discussion | Decision,
            responsible: ["Henrik Moe", "Siri Alme Grønvold"],
            description: """
                - Møteplan
                - Møtevarighet
                - Helsefellesskapets arbeidsform og organisering
                - Hvilke organer Helsefellesskapet skal ha, deltakelse i disse og hvilke saker som behandles hvor

                2 vedlegg: saksfremlegg og møteplan for 2023.
                """,
            proposed: Organisation2022Resolution,
            conclusion: Organisation2022Resolution + "\nMøteplan for 2023 vedtas som foreslått.");
        w.CasePaper(organisation, "Siri Alme Grønvold", "Beslutning", Organisation2022Background, Organisation2022Assessment,
            Organisation2022Resolution);

        w.Item(m, "2022.38", "Utfordringer rus/psykisk helse", Discussion, responsible: ["Olav Tjelta"],
            description: "Samhandlingsprosjekt/arbeidsgruppe pasienter med langvarig psykisk lidelse, rusproblematikk med og uten tvang.\n\n"
                + "Olav Tjelta innleder.");

        var revision = w.Item(m, "2022.39", "Revisjon av samarbeidsavtaler", Discussion | Decision, responsible: ["Henrik Moe"],
            previous: partnership.Agreements, origin: ItemOrigin.FollowUp,
            description: "Plan for revidering presenteres.\n\nUtkast til overordnet samarbeidsavtale presenteres.\n\n2 vedlegg.",
            proposed: Agreements2022Resolution, conclusion: Agreements2022Resolution);
        w.CasePaper(revision, "Henrik Moe", "Beslutning", Agreements2022Background, Agreements2022Assessment, Agreements2022Resolution);

        var deviations = w.Item(m, "2022.40", "Samhandlingsavvik", Discussion, responsible: ["Henrik Moe"],
            previous: september.Deviations, origin: ItemOrigin.FromTask,
            description: "Forslag til endret system for såkalte samhandlingsavvik eller tilbakemelding/klager på dårlig samhandling/samarbeid "
                + "i pasientbehandlingen diskuteres.\n\nSkal vi og hvordan skal vi eventuelt arbeide videre med dette?\n\nVedlegg: saksfremlegg.",
            proposed: Deviations2022Resolution, conclusion: Deviations2022Resolution);
        w.CasePaper(deviations, "Henrik Moe", "Beslutning", Deviations2022Background, Deviations2022Assessment, Deviations2022Resolution);
        var digitalDeviations = w.Task(september.Deviations, 2, "Innhente informasjon om mulighet for digital håndtering av samhandlingsavvik",
            FollowUpStatus.Done, m.Date, ownerPerson: "Henrik Moe", target: m);
        w.FromTask(deviations, digitalDeviations);

        w.Item(m, "2022.41", "Utfordringer med rekruttering av Helsepersonell", Discussion, responsible: ["Øystein Ravnå"],
            previous: partnership.GpSituation, origin: ItemOrigin.ReturnedFrom,
            description: "Videre plan for Helsefellesskapets arbeid med fastlegesituasjonen og bemanningsutfordringer for annet helsepersonell.\n\n"
                + "Hvordan skal Partnerskapsmøtets «bestilling» ivaretas?");
        w.Item(m, "2022.42", "Anestesilegebemannet ambulanse", Information, responsible: ["Torunn Hagen Dahl"],
            description: "Orientering om planer for etablering av anestesilegebemannet ambulanse.");
        w.Item(m, "2022.43", "Fagplan fysikalsk medisin og rehabilitering", Information, responsible: ["Sigrid Nyhus"],
            description: "Regional fagplan fra Helse Sør-Øst. Orientering om kartleggingsundersøkelse. Følgebrev til kommunene er vedlagt.\n\n"
                + "Kommunene bes sende utfylt kartleggingsskjema innen 31. desember 2022 til prosjektleder for fagplanen, Magnus Bø.");
        w.Item(m, "2022.44", "Eventuelt", kind: AnyOtherBusiness);

        MeetingPlan2023(w);
    }

    /// <summary>Sak 2022.37's meeting plan for 2023: SSU 13.00–15.30, with AU 14.00–16.00 about two weeks before.</summary>
    private static void MeetingPlan2023(DemoMeetingWriter w)
    {
        var ssuStart = new TimeOnly(13, 0);
        var ssuEnd = new TimeOnly(15, 30);
        DemoMeetingWriter.PlannedMeeting Planned(string ssu, string au) =>
            new(DemoMeetingWriter.Date(ssu), ssuStart, ssuEnd, null, DemoMeetingWriter.Date(au));
        w.AdoptedPlan("SSU", 2023, DemoMeetingWriter.Utc(DemoMeetingWriter.Date("2022-11-24"), 15),
            "Vedtatt i SSU-sak 2022.37. Partnerskapsmøtet holdes 16. juni 2023.",
            [
                Planned("2023-02-02", "2023-01-20"),
                Planned("2023-06-01", "2023-05-11"),
                Planned("2023-09-28", "2023-09-14"),
                Planned("2023-11-23", "2023-11-09"),
            ],
            "AU", new TimeOnly(14, 0), new TimeOnly(16, 0));
    }

    private const string Organisation2022Resolution = """
        Strategisk samarbeidsutvalg slutter seg til endret organisering/struktur for Helsefellesskapet i Vestfold som beskrevet i saken.
        Det etableres et Faglig samarbeidsutvalg (FSU) med utgangspunkt i nåværende FSU-KT. Kommuner og sykehus gjennomgår representasjon for å sikre relevant deltakelse med hensyn til utvalgets oppgaver.
        Faglig samarbeidsutvalg (FSU) oppnevnes i første SSU-møte i 2023.
        Sekretariatet er ansvarlig for administrativ oppfølging og oppdatering av nettsider.
        """;

    private const string Organisation2022Background = """
        Helsefellesskapet er en samarbeidsstruktur som skal bidra til en helhetlig og sammenhengende helse- og omsorgstjeneste. Helsefellesskapene skal fremme samarbeid og samhandling mellom kommune- og spesialisthelsetjenesten, og legge til rette for utvikling av sammenhengende og koordinerte pasientforløp.

        Nasjonal helse- og sykehusplan beskriver følgende prioriterte pasientgrupper i helsefellesskapene:

        - Personer med alvorlige psykiske lidelser og rusproblemer
        - Skrøpelige eldre
        - Barn og unge
        - Personer med flere kroniske lidelser

        Helsefellesskapet i Vestfold er i dag til dels organisert etter strukturer (organer), dels etter pasientgrupper. Dette gir et sammensatt bilde, hvor det er utfordrende å finne en felles beskrivelse som ivaretar struktur og samtidig en faglig pasientorientert tilnærming.
        """;

    private const string Organisation2022Assessment = """
        Forslaget medfører at oppbygning og struktur av Helsefellesskapet og fagområder/prioriterte pasientgrupper ses uavhengig av hverandre, analogt til en «matriseorganisasjon». Helsefellesskapet består av tre faste utvalg/organer:

        **Partnerskapsmøte**

        - Politisk og administrativ ledelse i kommuner og helseforetak; møte 1–2 ganger i året
        - Prioritering og retning; vedta handlingsplaner og samarbeidsavtaler
        - Møtet foreslås utvidet med leder av Strategisk samarbeidsutvalg (SSU) for å ivareta gjennomgående representasjon

        **Strategisk samarbeidsutvalg (SSU)**

        - Administrativ og faglig ledelse i kommuner og helseforetak: kommunalsjefer helse og mestring og klinikksjefer fra sykehuset
        - Utvikle strategier og handlingsplaner; diskusjoner og prioritering
        - Oppnevne Faglig samarbeidsutvalg (FSU), fagutvalg og arbeidsgrupper, og følge opp rapporteringen fra dem
        - Uendret sammensetning

        **Faglig samarbeidsutvalg (FSU)**

        - Et felles faglig samarbeidsutvalg for oppfølging av tjenestemodeller; oppnevnes av og rapporterer til SSU
        - Etableres som en videreføring av nåværende FSU-KT; vurdere om det skal åpnes for andre deltakere som USHT, KS og Statsforvalteren

        **Sekretariatet** er gjennomgående for de faste utvalgene og har ansvar for saksforberedelser, møteinnkalling og referater. Andre fagutvalg, arbeidsgrupper og samarbeidsprosjekter kan være faste eller tidsavgrenset, oppnevnes av SSU og rapporterer til FSU og/eller SSU.

        Endret struktur legges til grunn ved utforming av fremtidige handlingsplaner. Det anses ikke nødvendig å endre nylig vedtatt handlingsplan for 2023, da de prioriterte innsatsområdene ikke endres.
        """;

    private const string Agreements2022Resolution = """
        Forslag til revidert overordnet samarbeidsavtale tas til etterretning av SSU og oversendes virksomhetene for behandling.
        Det etableres en hurtigarbeidende redaksjonskomité med deltakelse fra Helsefellesskapets sekretariat og leder av FSU-KT som får i oppdrag å utarbeide utkast til reviderte samarbeidsavtaler.
        Utkast til reviderte avtaler legges frem for behandling i Helsefellesskapet tidlig i 2023.
        Videre behandling og høring vil skje i relevante enheter i kommuner og helseforetak.
        """;

    private const string Agreements2022Background = """
        Det vises til behandling i SSU-møte 22.09.2022 (sak 2022.27), hvor forslag til ny struktur for samarbeidsavtaler ble lagt frem og tilrådt av SSU. Partnerskapsmøtet 07.10.2022 sluttet seg til forslaget (sak 2022.6).
        """;

    private const string Agreements2022Assessment = """
        Helsefellesskapets sekretariat og Faglig samarbeidsutvalg for kvalitet og tjenesteutvikling har fulgt opp saken, og har utarbeidet et forslag til revidert overordnet samarbeidsavtale som følger vedlagt. Den reviderte avtalen er tilpasset avtalen om helsefellesskap og har tre delavtaler:

        - Samhandling om helhetlig pasientbehandling (henvisning, innleggelse, utskrivning, habilitering/rehabilitering og forebygging)
        - Samarbeid om kompetanse, utdanning og forskning
        - Samarbeid om beredskap

        Saken legges frem for SSU for beslutning om videre fremdrift i saken.
        """;

    private const string Deviations2022Resolution = """
        SSU slutter seg til situasjonsbeskrivelsen og anbefaler en nærmere vurdering og utredning av muligheter for digitale løsninger.
        SSU gir sekretariatet i helsefellesskapet oppgaven å etablere en arbeidsgruppe med representanter fra Kvalitetsseksjonen i sykehuset og deltakere med kjennskap til kvalitets- og avvikssystemer i kommunesektoren.
        Arbeidsgruppen utreder mulige løsninger og rapporterer til Faglig samarbeidsutvalg.
        """;

    private const string Deviations2022Background = """
        Hensikten med saken er å vurdere og utrede mulighet for digitale løsninger og hensiktsmessige saksbehandlingsrutiner, og å avklare begrepene.

        Dagens rutine er at samhandlingsavvik meldes på et eget skjema. Dette er ikke integrert i avvikssystemene i sykehus eller kommuner, men finnes på SiVs nettsider og på Kompetansebroens samhandlingssider. Skjemaet fylles ut manuelt eller digitalt, men må skrives ut og sendes per post.

        De aller fleste avvik meldes fra kommune til sykehus, og et lite antall (under 5 %) fra sykehus til kommune. Avvikene behandles som offentlig korrespondanse tilsvarende klagesaker, tilsynssaker og NPE-saker, og dokumenteres i post- og dokumentsystemet.

        Det er stadig tilbakemeldinger om at dagens system oppleves som tungvint. Det er grunn til å anta at rutinene bidrar til at avviksmeldingene ikke gir et representativt bilde av samarbeidsutfordringer og risikobilde.
        """;

    private const string Deviations2022Assessment = """
        En liten arbeidsgruppe fra Samhandlingsenheten og Kvalitetsseksjonen på sykehuset har gjennomgått rutinene og foreslår å skille saksgangen for:

        - **Tilbakemelding/klager i mer alvorlige saker**: sendes som offentlig korrespondanse og behandles i post- og dokumentsystemet. Det utredes digital innsending, for eksempel «Sikker melding» med innlogging via BankID.
        - **Avviksregistrering for statistikk og forbedring**: mindre alvorlige avvik, som mangelfulle opplysninger i henvisning eller manglende epikrise, løses i praksis per telefon. Det er ønskelig med et enkelt digitalt system for registrering, tilgjengelig for både sykehus og kommuner, med kategorier for type avvik og hvilke deler av tjenesten det gjelder, uten identifiserbare pasientopplysninger.

        Saken beskriver en innledende utredning og legges frem for SSU for forankring av videre oppfølging.
        """;
}
