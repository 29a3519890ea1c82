using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Meetings;
using static Helsefellesskap.Web.Features.Meetings.AgendaItemKind;
using static Helsefellesskap.Web.Features.Meetings.AgendaItemTypes;
using static Helsefellesskap.Web.Features.Meetings.ParticipantRole;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>2024: SSU 23.05, the partnership meeting 30.05, FSU 05.09 and the notice of SSU 26.09.</summary>
internal static partial class VestfoldMeetings
{
    private const string PartnershipAddressees = "Partnerskapsmøtets medlemmer";

    /// <summary>What later meetings follow up.</summary>
    private sealed record Year2024(
        Meeting Ssu, AgendaItem Preparedness, AgendaItem LeadersForum, AgendaItem CollaborationFunds, AgendaItem Rehabilitation);

    private static Year2024 Seed2024(DemoMeetingWriter w)
    {
        var may = SsuMay2024(w);
        var actionPlan = Partnership2024(w, may.ActionPlan);
        var fsu = Fsu2024(w, actionPlan);
        var september = SsuSeptember2024(w, may, fsu);

        var preparedness = w.Task(may.Preparedness, 1,
            "Følge opp revisjon av delavtale om beredskap internt i SiV og kommunene, og sette saken på agendaen i SSU 26. september",
            FollowUpStatus.Done, september.Meeting.Date, ownerPerson: "Torunn Hagen Dahl", target: september.Meeting);
        w.FromTask(september.Preparedness, preparedness);
        w.Task(september.FsuMandate, 1, "Utarbeide forslag til konkretisering av FSUs mandat, til SSU 28. november 2024",
            FollowUpStatus.Open, DemoMeetingWriter.Date("2024-11-28"), ownerBody: "FSU");
        return new Year2024(september.Meeting, september.Preparedness, september.LeadersForum, september.CollaborationFunds, may.Rehabilitation);
    }

    private sealed record May2024(
        Meeting Meeting, AgendaItem SteeringData, AgendaItem Rehabilitation, AgendaItem Preparedness, AgendaItem ActionPlan, AgendaItem Funds);

    private static May2024 SsuMay2024(DemoMeetingWriter w)
    {
        var m = w.Meeting("SSU", "2024-05-23", "13:00", "15:30", "Færder kommune, Tinghaugveien 18", SsuAddressees, SsuTopic);
        DemoMeetingWriter.IssueNotice(m);
        DemoMeetingWriter.ApproveMinutes(m, MinutesApproval.ByChair, DemoMeetingWriter.Date("2024-06-06"));

        w.CallMembers(m, AttendanceResponse.Coming, AttendanceStatus.Present, observers: false);
        foreach (var name in new[] { "Marianne Kjos Lie", "Olav Tjelta" })
        {
            var apologies = w.Participant(m, name);
            (apologies.Response, apologies.Attendance) = (AttendanceResponse.NotComing, AttendanceStatus.Absent);
        }
        w.Participant(m, "Linda Brekke", Observer, AttendanceResponse.Coming, AttendanceStatus.Present, note: "Den norske legeforening");

        w.Item(m, "2024.11", "Godkjenning av innkalling og dagsorden", Decision, ApproveNotice,
            summary: "Eventuelt saker:\n\n- Orientering om tilsynssak på Gastromedisinsk poliklinikk, SiV.\n- Ventetidsløftet (utsettes til neste møte).",
            conclusion: "Innkalling og dagsorden godkjennes.");
        w.Item(m, "2024.12", "Referat SSU 29.02.24 og referat FSU 02.05.24", Decision, ApproveMinutes,
            conclusion: "Referatene fra SSU og FSU tas til orientering.");
        var steeringData = w.Item(m, "2024.13", "Styringsinformasjon", Information | Discussion,
            responsible: ["Torunn Hagen Dahl", "Yngve Holm"],
            description: "Strategisk samarbeidsutvalg søker tilgang på styringsinformasjon vedrørende prioriterte pasientgrupper som grunnlag "
                + "for interne prioriteringer og utarbeidelse av tiltak i handlingsplanen.",
            summary: """
                Yngve Holm presenterte nye data fra sykehuset og kommunene med fokus på:

                - Barn og unge
                - Pasienter med alvorlig psykisk lidelse

                Når det gjelder antall pasienter fordelt på ulike diagnoser, viser styringsinformasjonen store forskjeller mellom kommunene.

                I framskrivning av data for de aktuelle pasientkategoriene fremkommer en differanse mellom det tallmaterialet som er lagt til grunn for fremtidige økonomiske og faglige mål.
                """,
            conclusion: "Presentasjonen tas til etterretning og betydningen av tilgang på denne type styringsdata understrekes.");
        w.Item(m, "2024.14", "Vitality", Information, responsible: ["Cathrine Fosli"],
            summary: """
                Prosjektleder Cathrine Fosli presenterte status og videre fremdriftsplaner for pilotering. I dag er arbeidsformen med tverrfaglig integrert helsetjenesteteam etablert i kommunene Larvik, Sandefjord, Holmestrand, Færder og Horten. Videre planer og forberedelser ligger til grunn for oppstart i Tønsberg kommune høsten 2024.

                Tilbakemeldingene fra fagmiljø og pasienter er generelt positive, og de data som foreligger fra Larvik på reinnleggelser og liggetid i sykehus for pasientgruppen indikerer at arbeidsformen gir ønskede resultater.

                Per Arne Moen trekker frem «falltendens» som en relevant variabel i fremtidig evaluering av prosjektet.
                """,
            conclusion: "Presentasjonen tas til orientering.");
        w.Item(m, "2024.15", "Ung arena+", Information, responsible: ["Marius Hjelmeland"],
            summary: "Prosjektleder Marius Hjelmeland orienterte om faglig forankring, fremdrift og åpningen av tjenestetilbudet i Tønsberg "
                + "5. mars. Det er gode aktivitetstall for de første ukene, og informasjon om tjenestetilbudet er etterspurt fra det nasjonale "
                + "fagmiljøet. Orienteringen omfattet også de erfaringer prosjektet har med sin sektorovergripende virksomhet, samhandling med "
                + "fem ulike fagprogram og den organisatoriske modellen som har vært lagt til grunn for arbeidet. Larvik kommune bekreftet sin "
                + "prioritet for videre samarbeid høsten 2024.",
            conclusion: "Presentasjonen tas til orientering. Utvalget takker avtroppende prosjektleder for solid utført arbeid.");
        var rehabilitation = w.Item(m, "2024.16", "Rehabilitering", Information | Resolution, responsible: ["Sigrid Nyhus"],
            summary: "Klinikksjef Sigrid Nyhus refererte til saksfremlegget og understreket at nasjonale føringer krever at samarbeidet mellom "
                + "sykehuset og kommunene i Vestfold må styrkes innenfor fagfeltet rehabilitering. Det ble informert om de samarbeidsformer "
                + "som eksisterer og behov for en revitalisering av tiltak som sikrer fokus på rehabilitering tidlig i pasientforløpet.",
            conclusion: """
                Det nedsettes en arbeidsgruppe som gjør en kartlegging av status for samarbeid innen området rehabilitering, både i kommunene og i sykehuset. Statsforvalter inviteres til deltakelse i dette arbeidet.
                Etter en innledende kartlegging kan nye samarbeidsformer defineres. Arbeidsgruppen har kontinuerlig kontakt med Faglig samarbeidsutvalg. Rehabilitering behandles som en del av Handlingsplanen 2025 i møtet for Strategisk samarbeidsutvalg 28. november 2024.
                """);
        var preparedness = w.Item(m, "2024.17", "Status og videre tilnærming til revisjon av delavtale beredskap", Information | Resolution,
            responsible: ["Torunn Hagen Dahl"],
            description: "Gjeldende delavtale om beredskap innfrir i dag ikke kravene i nasjonal veileder for samarbeidsavtaler mellom "
                + "kommuner og helseforetak (Helsedirektoratet, 2023).",
            summary: "Saken har vært diskutert i Beredskapsnettverket i Vestfold. Det bør innledningsvis gjøres et internt arbeid i sykehuset "
                + "og kommunene.",
            conclusion: PreparednessConclusion);
        w.Item(m, "2024.18", "Fagutvalg HR", Resolution, responsible: ["Torunn Hagen Dahl"],
            summary: "Det ble orientert om etableringen av Fagutvalg HR og prosessen for evaluering av vedlagt mandat. Påfølgende dialog var "
                + "knyttet til møtehyppighet og utvalgets oppgaver.",
            conclusion: "Mandat for Fagutvalg HR godkjennes med følgende endringer: Møtehyppighet: Ved behov, anbefalt minst 2 møter per år. "
                + "Oppgaver pkt. 3: Beholde ansatte i et krevende arbeidsmarked.");
        w.Item(m, "2024.19", "Fagutvalg fastlegetjenesten", Resolution, responsible: ["Mona Vestby"],
            summary: "Mona Vestby orienterte om arbeidsformen for utvalgets innspill til mandatet. Fagutvalget har foreslått presiseringer og "
                + "noen endringer.",
            conclusion: "Mandat for Fagutvalg fastlegetjenesten godkjennes med følgende endringer: Møtehyppighet: Ved behov, anbefalt minst "
                + "2 møter per år. Utvalget benevnes «Fagutvalg for fastlegetjenesten».");
        var actionPlan = w.Item(m, "2024.20", "Status Handlingsplan 2024", Information | Discussion,
            responsible: ["Torunn Hagen Dahl", "Camilla Øvrebø", "Siri Alme Grønvold"],
            summary: """
                Det ble gitt en orientering om status på tiltakene innenfor de 12 ulike satsningsområdene som er gjeldende for Handlingsplan for 2024.

                **Handlingsplan 2025**

                De tiltak som ikke er iverksatt i dag videreføres til handlingsplan 2025. I tillegg skal de overordnede satsninger som fremkommer i Nasjonal helse- og samhandlingsplan 2024–2027 innarbeides. Ledergruppene i sykehuset og kommunene har gitt sine innspill, og det er utarbeidet et utkast som grunnlag for utvikling av Handlingsplanen 2025 og videre saksgang i Helsefellesskapet i Vestfold.
                """,
            conclusion: "Presentasjonen tas til etterretning. Handlingsplan 2025 behandles i Partnerskapsmøtet 30. mai 2024.");
        var funds = w.Item(m, "2024.21", "Midler fra HSØ", Information, responsible: ["Jon Erik Fosse"],
            summary: "Saken gjelder søknader om midler til prosjekter for tjenesteinnovasjon og samhandling. Det ble gitt en kort informasjon "
                + "om hvilke søknader som foreligger. Søknadsfrist: 2. juni 2024.",
            conclusion: "Informasjonen tas til orientering og det aktuelle saksdokumentet vedlegges.");
        w.Item(m, "2024.22", "Partnerskapskonferanse", Information, responsible: ["Torunn Hagen Dahl", "Camilla Øvrebø"],
            summary: "Det ble gitt en kort orientering om agenda, deltagere og organisering av konferansen.",
            conclusion: "SSU gir positive tilbakemeldinger på den agenda som er utarbeidet.");
        w.Item(m, "2024.23", "Eventuelt", Information, AnyOtherBusiness,
            summary: "**Statsforvalterens tilsyn ved Gastromedisinsk poliklinikk.** Klinikksjef Knut Eirik Solheim informerte om de alvorlige "
                + "avvikene som har resultert i forsinket pasientbehandling. Det er umiddelbart iverksatt en bred involvering internt. Dette "
                + "omfatter innsatsteam, «ventelisteaksjon» og administrative tiltak innen kontorseksjonen. Arbeidet organiseres som et "
                + "forbedringsprosjekt.");
        return new May2024(m, steeringData, rehabilitation, preparedness, actionPlan, funds);
    }

    private const string PreparednessConclusion =
        "Orienteringen tas til etterretning. SiV og kommunene vil følge opp saken internt og saken settes på agendaen i SSU møtet 26. september.";

    private static AgendaItem Partnership2024(DemoMeetingWriter w, AgendaItem ssuActionPlan)
    {
        var m = w.Meeting("PM", "2024-05-30", "13:45", "15:00", "Jarlsberg konferansesenter", PartnershipAddressees, "Partnerskapsmøte");
        DemoMeetingWriter.IssueNotice(m);
        DemoMeetingWriter.ApproveMinutes(m, MinutesApproval.ByChair, DemoMeetingWriter.Date("2024-06-20"));

        w.Participant(m, "Kari Anne Holt", Member, AttendanceResponse.Coming, AttendanceStatus.Present, chair: true);
        w.Present(m, Member, "Åse Kirkerud", "Bjørn Egil Nyland", "Wenche Grini");
        w.Participant(m, "Marianne Kjos Lie", Deputy, AttendanceResponse.Coming, AttendanceStatus.Present, substituteFor: "Trond Lien Aas");
        w.Present(m, Member, "Sveinung Myhre", "Hanne Kolstad", "Stian Mørk");
        w.Participant(m, "Hilde Marie Sunde", Deputy, AttendanceResponse.Coming, AttendanceStatus.Present, substituteFor: "Kjell Arne Torp");
        w.Present(m, Member, "Harald Strøm", "Liv Marit Berge", "Mona Vestby", "Eva Marie Lund", "Torunn Hagen Dahl");
        w.Absent(m, Member, "Trond Lien Aas", "Kjell Arne Torp", "Jørn Hovde");
        w.Participant(m, "Camilla Øvrebø", Guest, AttendanceResponse.Coming, AttendanceStatus.Present, note: "Leder av Lederforum helse");
        w.Participant(m, "Cathrine Fosli", Guest, AttendanceResponse.Coming, AttendanceStatus.Present, note: "Innleder, sak 2024.3");
        w.Participant(m, "Jon Erik Fosse", Secretariat, AttendanceResponse.Coming, AttendanceStatus.Present, minuteTaker: true);
        w.Participant(m, "Siri Alme Grønvold", Secretariat, AttendanceResponse.Coming, AttendanceStatus.Present, minuteTaker: true);

        w.Item(m, "2024.1", "Godkjenning av innkalling og dagsorden", Decision, ApproveNotice,
            summary: "Ingen kommentarer til innkalling eller saksliste.",
            conclusion: "Innkalling og dagsorden godkjennes.");
        w.Item(m, "2024.2", "Referat fra Partnerskapsmøte 16.06.2023", Decision, ApproveMinutes,
            summary: "Det ble ikke fremmet kommentarer til referatet fra partnerskapsmøtet.",
            conclusion: "Referatet godkjennes.");
        w.Item(m, "2024.3", "Vitality – integrerte helsetjenester, skrøpelige eldre", Information | Dialogue, responsible: ["Cathrine Fosli"],
            summary: """
                Prosjektleder Cathrine Fosli innledet sin orientering med en film som formidlet pasienttilfredshet, en tilpasset hjemmesituasjon og individuelle resultater av fysisk trening.

                I dag er arbeidsformen med tverrfaglig integrert helsetjenesteteam etablert i kommunene Larvik, Sandefjord, Holmestrand, Færder og Horten. Videre planer og forberedelser ligger til grunn for oppstart i Tønsberg kommune høsten 2024. Erfaringene fra den faglige samhandlingen i teamene omtales å inkludere god og gjensidig kompetanseutvikling.

                Tilbakemeldingene fra fagmiljø og pasienter er generelt positive. Prosjektresultatene evalueres gjennom et pågående forskningsarbeid, der data fra pasientpopulasjonen i prosjektet vurderes mot en etablert kontrollgruppe.

                **Innspill i påfølgende dialog:** Positivt at SiV kommer ut i kommunene. Skal alle kommunene ha lik utforming av forsterket utskrivning? Det etterlyses rom for variasjon fra to av kommunene. SiV etablerer samme modell og likt omfang av fagressurser til alle kommunene.

                Avslutningsvis ble det gitt honnør til prosjektleder for godt arbeid.
                """,
            conclusion: "Partnerskapsmøtet tar informasjonen til orientering.");
        var actionPlan = w.Item(m, "2024.4", "Handlingsplan for Helsefelleskapet i Vestfold 2025", Information | Dialogue | Decision,
            responsible: ["Siri Alme Grønvold", "Torunn Hagen Dahl", "Camilla Øvrebø"],
            previous: ssuActionPlan, origin: ItemOrigin.SentFrom,
            summary: """
                Siri Alme Grønvold ga en kort orientering om:

                - Status for handlingsplan 2024
                - Utkast til handlingsplan for 2025
                - Planlagt strategi for helsefellesskapet

                Torunn Hagen Dahl presenterte innspill fra SiV til handlingsplanen 2025. Camilla Øvrebø presenterte innspill fra kommunene til handlingsplanen 2025.

                Videre arbeid med handlingsplan 2025 bygger på nasjonale føringer, tidligere arbeidsform og prioriteringer. Dokumentet utformes som en matrise for å tydeliggjøre prioriterte pasientgrupper, tema, mål og tiltak. De tiltak som ikke er ferdigstilt i 2024 videreføres i handlingsplanen for 2025. I tillegg implementeres de nye innsatsområdene rehabilitering, habilitering og samhandling innen svangerskap/fødsel/barsel.

                **Innspill fra påfølgende dialog:** Det er stolthet knyttet til aktivitetene i Helsefellesskapet. Det blir viktig å følge opp de prioriterte pasientgruppene, men det bør være rom for egne tiltak og innspill fra kommunene. Handlingsplan 2025 bør gi kommunene handlingsrom. Skal Helsefellesskapet i Vestfold ta et større ansvar for prioriteringer? Delavtale om helhetlige pasientforløp med vedlegg er det foreløpig ikke enighet om.
                """,
            conclusion: """
                Partnerskapet godkjenner at utkast til «Handlingsplan for Helsefellesskapet i Vestfold 2025» legges til grunn for arbeidet i Helsefellesskapet i Vestfold.
                Strategisk samarbeidsutvalg (SSU) gis myndighet til å konkretisere og endelig vedta «Handlingsplan for Helsefellesskapet i Vestfold 2025» i siste SSU-møte i 2024.
                Strategisk samarbeidsutvalg (SSU) gis myndighet til foreløpig å vedta «Strategi for Helsefellesskapet i Vestfold», med muligheter for revisjon i Partnerskapsmøte 2025.
                """);
        w.Item(m, null, "Eventuelt", kind: AnyOtherBusiness);
        return actionPlan;
    }

    private sealed record Fsu2024Items(AgendaItem LeadersForum, AgendaItem FsuInPractice);

    private static Fsu2024Items Fsu2024(DemoMeetingWriter w, AgendaItem partnershipActionPlan)
    {
        var m = w.Meeting("FSU", "2024-09-05", "12:00", "15:00", "OT4, rom 220, SiV HF", "Faste medlemmer", "Faglig samarbeidsutvalg (FSU)");
        DemoMeetingWriter.IssueNotice(m);
        DemoMeetingWriter.ApproveMinutes(m, MinutesApproval.ByChair, DemoMeetingWriter.Date("2024-09-11"));

        w.Participant(m, "Randi Eikeland", Member, AttendanceResponse.Coming, AttendanceStatus.Present, chair: true);
        w.Present(m, Member,
            "Kristoffer Dale", "Elisabeth Rønneberg", "Ole Martin Fjære", "Bodil Skarstein", "Mona Vestby", "Yngve Holm", "Marit Eggen",
            "Thomas Bergan");
        w.Participant(m, "Siri Alme Grønvold", Secretariat, AttendanceResponse.Coming, AttendanceStatus.Present, minuteTaker: true);
        w.Absent(m, Member, "Hege Bjørnstad", "Grete Opsahl", "Astrid Lauvrak");
        w.Absent(m, Observer, "Jorunn Hem", "Solveig Krogh", "Vegard Thue");
        w.Absent(m, Guest, "Torunn Hagen Dahl");

        // The minutes leave the two standard items unnumbered.
        w.Item(m, null, "Godkjenning av innkalling og dagsorden", kind: ApproveNotice,
            conclusion: "Innkalling og dagsorden godkjennes.");
        w.Item(m, null, "Referat FSU 02.05.24, referat SSU 23.05.24 og Partnerskapsmøte 30.05.24 til orientering", kind: ApproveMinutes,
            conclusion: "Referat FSU godkjennes. Referat SSU og Partnerskapsmøte tas til orientering.");
        w.Item(m, "2024.14", "Samarbeid innen habilitering", Information | Dialogue, responsible: ["Tormod Haugli", "Lene Aakre"],
            description: "Orientering ved avdelingssjef Tormod Haugli og seksjonsleder Lene Aakre, Habiliteringssenteret. 2 vedlegg.",
            summary: """
                Haugli og Aakre orienterte om habiliteringsfeltet generelt og om hva de opplever fungerer og hva som er utfordringene knyttet til samhandling med kommunene (se vedlegg). Det foreligger en rapport fra en arbeidsgruppe nedsatt i 2017 som beskriver utfordringer angående samhandlingsforløp på området.

                Habilitering er et definert satsningsområde i Nasjonal helse- og samhandlingsplan og bør få en plass i Handlingsplan for Helsefelleskapet 2025. Det diskuteres hvordan en arena for samhandling på feltet kan etableres mellom kommunene og SiV. Mange av pasientene det handler om er barn og unge. Noe av samhandlingsutfordringene er knyttet til at barn og unge i stor grad er organisert under oppvekstsektoren i kommunene, ikke under helse.

                Siri Alme Grønvold formidler kontakt til det eksisterende tjenesteledernettverket for habilitering for Vestfold-kommunene.
                """);
        w.Item(m, "2024.15", "Helsetilsynet vil følge opp helsehjelpen til skrøpelige eldre", Information | Dialogue,
            responsible: ["Randi Eikeland"],
            summary: "Randi Eikeland gjennomgikk presentasjon om Helsetilsynets satsning på tilsyn med helsehjelp til skrøpelige eldre: "
                + "bakgrunn, fokusområder og planer for tilsynsaktivitet 2024–27.");
        w.Item(m, "2024.16", "Utkast til handlingsplan for helsefelleskapet i Vestfold 2025", Information | Dialogue,
            responsible: ["Siri Alme Grønvold"], previous: partnershipActionPlan, origin: ItemOrigin.SentFrom,
            summary: "Siri Alme Grønvold presenterte nye satsninger i utkast til handlingsplan for 2025 som ble godkjent av Partnerskapsmøtet "
                + "i mai.\n\nDet diskuteres om Faglig samarbeidsutvalg skal komme med innspill til konkretisering av kun sitt område i "
                + "handlingsplanen, eller av planen som helhet. Forventes det at FSU skal bidra i utvikling av strategi? Det bør også avklares "
                + "forventninger til representanter i FSU, særlig hvor mye tid som skal beregnes avsatt. Diskusjonen fortsatte i sak 2024.18.");
        var leadersForum = w.Item(m, "2024.17", "Lederforum psykisk helse og rus", Decision, responsible: ["Marit Eggen"],
            summary: """
                Etablering av lederforum psykisk helse og rus er oppfølging av arbeidsgruppen «Pasienter med langvarige og alvorlige lidelser, med og uten tvang». Arenaen ble etablert etter henvendelse fra klinikksjef til kommunalsjefene. Møter avholdt 25.04 og 19.06. På møtet 25.04 utarbeidet forumet forslaget til mandat som er vedlagt. Marit Eggen presenterte forslag til mandat.

                Innspill i møtet var at forslag til mandat er en god ramme. Det foreslås likevel ytterligere konkretisering av mandatet slik at en felles forståelse kan etableres, og en revidering av organiseringen i kulepunktene, med hovedpunkter og eventuelle underpunkter. Mandatet var behandlet i kommunenes Lederforum helse samme dag. Siri Alme Grønvold formidlet at Lederforum var fornøyd med innholdet, men ønsker en annen tittel for å unngå forveksling med allerede eksisterende forum med svært like navn. Samhandlingsforum eller samhandlingsnettverk foreslås.
                """,
            conclusion: "Marit Eggen tar innspillene tilbake til Lederforum for psykisk helse og rus, som har nytt møte 13. september. Forumet vil "
                + "se på innspillene og vurdere å utarbeide revidert utkast til mandat som presenteres for SSU 26. september.");
        var inPractice = w.Item(m, "2024.18", "FSU i praksis, oppfølging", responsible: ["Randi Eikeland", "Mona Vestby"],
            description: """
                - Mal for innspill til helsefellesskapet
                - De ulike oppgavene i mandatet bør tildeles prioritet
                - Fremme saker som vi kan «levere på» og som gir verdi
                """,
            summary: """
                Her fortsatte innspillene som startet ved gjennomgang av forslag til Handlingsplan for Helsefellesskapet 2025 i sak 2024.16. Det oppleves at Fagutvalg for fastlegetjenesten har hatt en god prosess for å konkretisere mandat og oppgaver, som FSU kunne lære av. Etter at vi var ferdige med den konkrete oppgaven med samarbeidsavtaler, har det vært mye informasjonsdeling og få konkrete samhandlingsoppgaver å løse.

                FSU har et mandat som er vedtatt i SSU. Det kom frem i møtet at deltagerne i noen grad likevel mangler en felles forståelse av oppdraget til FSU. For at FSU skal kunne utføre oppdrag, må mandat og handlingsplan være så konkret at deltakerne har mulighet til å utføre oppdragene som rådgivende organ. Det kom frem ønske om at følgende spilles inn til SSU:

                - Hva ønsker SSU at FSU skal være?
                - Skal FSU få saker fra SSU og/eller finne egne saker?
                - Hvilken rolle har FSU i utarbeidelse av handlingsplan for helsefellesskapet og utarbeidelse av strategiplan?
                - Hvor mye tid er det forventet at man skal bruke på oppfølging av saker i FSU?
                - Hvilket mandat har vi til å sette i gang arbeid i klinikkene og kommunen?
                - Skal sakene sendes videre i klinikker og kommune til orientering, eller har vi mandat til å nedsette f.eks. arbeidsgrupper?
                """,
            conclusion: "Innspillene tas med til SSU og tas opp igjen i neste møte i FSU.");
        w.Item(m, null, "Eventuelt", kind: AnyOtherBusiness);
        return new Fsu2024Items(leadersForum, inPractice);
    }

    private sealed record September2024(
        Meeting Meeting, AgendaItem Preparedness, AgendaItem LeadersForum, AgendaItem CollaborationFunds, AgendaItem FsuMandate);

    private static September2024 SsuSeptember2024(DemoMeetingWriter w, May2024 may, Fsu2024Items fsu)
    {
        var m = w.Meeting("SSU", "2024-09-26", "12:30", "15:30", "SiV møterom 028, bak kantinen", SsuAddressees, SsuTopic);
        DemoMeetingWriter.IssueNotice(m);

        w.CallMembers(m, AttendanceResponse.Coming, AttendanceStatus.Unknown);
        w.Participant(m, "Øystein Ravnå").Response = AttendanceResponse.NotComing;
        w.Participant(m, "Berit Aasen").Response = AttendanceResponse.NotComing;
        w.Participant(m, "Lars Tobias Wiik", Deputy, AttendanceResponse.Coming, AttendanceStatus.Unknown, substituteFor: "Øystein Ravnå");

        w.Item(m, "2024.24", "Godkjenning av innkalling og dagsorden", kind: ApproveNotice, responsible: ["Torunn Hagen Dahl"]);
        w.Item(m, "2024.25", "Referat SSU 23.05.24, PM 30.05.24 og FSU 05.09.24", Information, ApproveMinutes,
            responsible: ["Siri Alme Grønvold"], approvesMinutesOf: may.Meeting,
            description: "3 vedlegg:\n\n- Referat SSU 23.05.24\n- Referat PM 30.05.24\n- Referat FSU 05.09.24",
            proposed: "Referatene tas til orientering.");
        w.Item(m, "2024.26", "Orientering om endringer", Information, responsible: ["Torunn Hagen Dahl", "Siri Alme Grønvold"],
            description: """
                - Omorganisering SiV
                - Prosjektledelse Vitality
                - Ung Arena+, ledelse og videre fremdrift
                - Ledelse av Fagutvalg for akuttkjeden
                """);
        var leadersForum = w.Item(m, "2024.27", "Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold", Decision,
            responsible: ["Ingrid Fjeldstad"], previous: fsu.LeadersForum, origin: ItemOrigin.SentFrom,
            description: "- Utkast til mandat legges frem for beslutning\n\nVedlegg: Utkast til mandat.",
            proposed: "Mandat for Samhandlingsforum for ledere for psykisk helse og rus i Vestfold godkjennes.");
        var preparedness = w.Item(m, "2024.28", "Status og videre tilnærming til revisjon av delavtale beredskap", Information | Discussion,
            responsible: ["Kommunene", "SiV"], previous: may.Preparedness, origin: ItemOrigin.FollowUp,
            description: $"""
                Oppfølging av SSU-sak 2024.17

                - Delavtale – samarbeid om beredskap
                - Veileder, samarbeidsavtaler

                > **2024.17 Status og videre tilnærming til revisjon av delavtale beredskap** (Orientering, Vedtak)
                >
                > Gjeldende delavtale om beredskap innfrir i dag ikke kravene i nasjonal veileder for samarbeidsavtaler mellom kommuner og helseforetak (Helsedirektoratet, 2023). Saken har vært diskutert i Beredskapsnettverket i Vestfold. Det bør innledningsvis gjøres et internt arbeid i sykehuset og kommunene.
                >
                > **Konklusjon:** {PreparednessConclusion}

                Hvordan går vi videre med dette arbeidet?
                """);
        w.Item(m, "2024.29", "Delavtale om utskrivningsklare pasienter", Information, responsible: ["Camilla Øvrebø"],
            description: "- Status og videre oppfølging i arbeidsgruppe");
        var steeringData = w.Item(m, "2024.30", "Samhandlingsdata og styringsinformasjon", Discussion,
            responsible: ["Torunn Hagen Dahl", "Yngve Holm"], previous: may.SteeringData, origin: ItemOrigin.FollowUp,
            description: """
                - Styringsinformasjon vil omhandle – Kronikere og oppsummering av de tidligere presenterte områdene
                - Tiltak og satsninger basert på styringsinformasjon gitt fra HSØ til SSU

                Vedlegg: Saksfremlegg.
                """);
        w.CasePaper(steeringData, "Sekretariatet", "Beslutning", SteeringDataBackground, SteeringDataAssessment, SupportResolution);
        w.Break(m);
        w.Item(m, "2024.31", "Midler fra HSØ", Information, responsible: ["Torunn Hagen Dahl"], previous: may.Funds, origin: ItemOrigin.FollowUp,
            description: "Hvilke prosjektsøknader har fått støtte av HSØ til tjenesteinnovasjon.\n\n"
                + "Se «Tildeler nye millioner til tjenesteinnovasjon» – Helse Sør-Øst RHF (helse-sorost.no).");
        var collaborationFunds = w.Item(m, "2024.32", "Samhandlingsmidler – jfr. Nasjonal helse og samhandlingsplan", Information,
            responsible: ["Torunn Hagen Dahl"],
            description: """
                - Informasjon om tilsagn på midler fra HSØ, hvor det er krav til enighet i helsefelleskapet om tiltaksområder innen 1. november
                - Rammer, føringer og forutsetninger for HSØ samhandlingsmidler

                Vedlegg: Saksfremlegg.
                """);
        w.CasePaper(collaborationFunds, "Sekretariatet", "Orientering", CollaborationFundsBackground, CollaborationFundsAssessment,
            SupportResolution);
        w.Item(m, "2024.33", "Planer, tiltak og prioriteringer kommuner, SiV og Helsefelleskap 2025", Information | Discussion,
            responsible: ["Siri Alme Grønvold", "Sigrid Nyhus", "SiV", "Kommunene", "Torunn Hagen Dahl"],
            previous: may.ActionPlan, origin: ItemOrigin.FollowUp,
            description: """
                - Konkretisering av tiltak i handlingsplan for 2025
                  - Handlingsplan rehabilitering i Vestfold
                  - Planer og tiltak i hhv. kommunene og SiV for 2025
                  - Ventetidsløftet ved SiV
                  - Prioriteringskriterier, behandlingsavklaringer ift. forventet kort levetid – skrøpelige eldre og andre pasientgrupper
                  - Konkretisere tiltak for bruk av samhandlingsmidler
                """);
        var palliation = w.Item(m, "2024.34", "Endringer i tjenestetilbudet som får konsekvenser for samhandlingspartner, prosess og metode",
            Information | Discussion,
            description: """
                Vedlagt er sak fra SiV som gjelder endringer innen palliasjon voksne.

                - Orientering om saken
                - Hvordan bør slike endringer formidles til kommunene (prosess og metode)
                """);
        w.CasePaper(palliation, "Ellen Kvisle, avdelingssjef, Senter for kreft og blodsykdommer", "Orientering", PalliationBackground,
            PalliationAssessment, null);
        var fsuMandate = w.Item(m, "2024.35", "Faglig samarbeidsutvalg (FSU)", responsible: ["Siri Alme Grønvold"],
            previous: fsu.FsuInPractice, origin: ItemOrigin.SentFrom,
            description: "FSU har et mandat i dag som er vedtatt i SSU (se vedlegg). Det kom frem i FSU-møtet 05.09.24 at både forventningene, "
                + "rollen og oppgavene til FSU bør konkretiseres i større grad enn i dag, og det bes om avklaringer i SSU.\n\n2 vedlegg.",
            proposed: FsuMandateResolution);
        w.CasePaper(fsuMandate, "Sekretariatet", "Beslutning", FsuMandateBackground, FsuMandateAssessment, FsuMandateResolution);
        w.Item(m, null, "Eventuelt", kind: AnyOtherBusiness);
        return new September2024(m, preparedness, leadersForum, collaborationFunds, fsuMandate);
    }

    private const string SupportResolution = "Sekretariatet og FSU følger opp de konkrete og omforente satsningene som besluttes av SSU.";

    private const string SteeringDataBackground = """
        Saken legges frem med referanse til tidligere saker i SSU 2024 om felles styringsdata for utvikling og oppfølging av tjenestene (sak 2024.13). Det er et mål at konkrete forbedringsområder basert på fakta skal identifiseres og besluttes i fellesskap. Det ble i tidligere SSU konkludert at:

        - Styringsinformasjon skal legges frem i SSU-møtene på konkrete tema/områder
        - SSU-møtene prioriteres på de fire nasjonalt vedtatte pasientgruppene

        SSU-medlemmene forbereder innspill til planer, prioriteringer og tiltak basert på styringsinformasjonen som ble presentert i tidligere SSU.
        """;

    private const string SteeringDataAssessment = """
        I dette SSU-møtet vil det først presenteres styringsinformasjon om gruppen «Kronikere», før det presenteres korte oppsummeringer av styringsdata innenfor de tidligere presenterte pasientgruppene.

        Det legges opp til tilsvarende dialog om årsaker og «hvorfor?», med mål om mest mulig felles forståelse som grunnlag for omforente prioriteringer og tiltak i handlingsplan 2025.
        """;

    private const string CollaborationFundsBackground = """
        Saken omhandler rammer og føringer for tildelte samhandlingsmidler, jf. Nasjonal helse- og samhandlingsplan, hvor HSØ har gitt tilsagn om 7 millioner kroner som skal benyttes i helsefellesskapet:

        - Informasjon om tilsagn på midler fra HSØ, hvor det er krav til enighet i helsefellesskapet om tiltaksområder innen 1. november
        - Rammer, føringer og forutsetninger for HSØ samhandlingsmidler

        SiV har mottatt informasjon om samhandlingsmidlene i tilleggsdokument til oppdrag og bestilling (OBD) 2024 fra HSØ. I forbindelse med revidert nasjonalbudsjett for 2024 er det varig bevilget et rekrutterings- og samhandlingstilskudd, hvorav 92,85 mill. kroner til Helse Sør-Øst RHF.
        """;

    private const string CollaborationFundsAssessment = """
        I Meld. St. 9 (2023–2024) *Nasjonal helse- og samhandlingsplan 2024–2027* framgår det at finansieringen av helse- og omsorgstjenestene oppleves som en barriere for samarbeid mellom nivåene. Tilskuddet skal understøtte forpliktende samarbeid mellom kommuner og helseforetak om tjenesteutvikling og gode pasientforløp.

        - Midlene skal brukes etter enighet mellom helseforetak og aktuell(e) kommune(r); det skal være likeverdighet mellom kommuner og sykehus i å foreslå hvordan midlene benyttes, og helsefellesskapet er arenaen for å prioritere tiltakene.
        - Tilskuddet kan understøtte tiltak som fremmer rekruttering og god bruk av personell på tvers av nivåene, for eksempel kombinerte stillinger, og tiltak som gir bedre samhandling. Særlig prioritert er tiltak som kan få ned ventetidene i sykehus.
        - Prioriterte grupper er de fire pasientgruppene med sammensatte behov, samt svangerskap-, fødsel- og barselomsorg, integrert psykisk helse- og rustjeneste, rehabilitering og tiltak for å redusere antall utskrivningsklare pasienter som blir liggende på sykehus.
        - Helseforetaket og kommunen(e) utarbeider en avtale som dokumenterer enigheten, beskriver tiltaket og gir budsjett for gjennomføringen, og avklarer ved behov ansvaret for pasientene.
        - Helseforetakene rapporterer på status i oppfølgingsmøtet og i årlig melding, med vurdering av effekt, læringspunkter og mulighet for spredning.
        """;

    private const string PalliationBackground = """
        Sak fra Senter for kreft og blodsykdommer (SKB), SiV, datert 23.08.2024, til samhandlingssjef Torunn Hagen Dahl, med kopi til klinikksjef Medisinsk klinikk Knut Eirik Solheim: *Palliasjon til voksne pasienter.*

        Tradisjonelt har palliasjon vært forbundet med omsorg og lindring av kreftpasienter i livets siste dager. Fagfeltet inkluderer nå flere pasient- og diagnosegrupper, i lengre forløp hvor det tilstrebes tidlig integrering av palliativ medisin samtidig med øvrige sykdomsrettede tiltak.

        Helsedirektoratets handlingsprogram *Palliasjon i kreftomsorgen* skiller mellom grunnleggende og kompleks palliasjon. Grunnleggende palliasjon forventes å kunne ivaretas i den enkelte kommune. Kompleks palliasjon kan skje i et samarbeid mellom spesialist- og kommunehelsetjenesten, og ved behov for døgnkontinuerlig oppfølging er det hensiktsmessig med døgnopphold på en lindrende avdeling på sykehus.

        Meld. St. 24 (2019–2020) *Lindrende behandling og omsorg* presiserer at flere skal kunne velge å være lengre hjemme og også å dø hjemme.
        """;

    private const string PalliationAssessment = """
        For å bidra til at pasienten har et reelt valg, ønsker SKB å utvide tilbudet. Der pasientene har komplekse palliative behov, men ønsker å være hjemme, vil SKB styrke tilgjengeligheten for samarbeid med fastlege og hjemmetjeneste. Palliativt team vil i hovedsak ha en rådgivende funksjon, men også kunne tilby hjemmekonsultasjon ved palliativt ambulant team sammen med fastlege der det vurderes hensiktsmessig.

        For å kunne tilby et økt ambulant tilbud, som også omfatter spesialisert palliasjon til pasienter med andre diagnoser enn kreft, er SKB avhengig av at generell palliasjon for kreftpasienter ivaretas på kommunalt nivå, slik nasjonale føringer beskriver. Samarbeidet med kreftsykepleiere og kreftkoordinatorer i kommunene videreføres, men ved generell palliasjon bør de først og fremst ha kontakt med kommunens egne leger.

        SKB tar gjerne imot innspill til hvordan de kan bidra i en slik prosess, basert på den enkelte kommunes behov for rådgivning, kompetanse eller andre samarbeidstiltak.
        """;

    private const string FsuMandateResolution =
        "Saken sendes tilbake til FSU som utarbeider forslag til konkretisering av mandatet. Utkast til konkretisert mandat legges fram i SSU 28. november.";

    private const string FsuMandateBackground = """
        Vi har nå fått noe tids erfaring med Faglig samarbeidsutvalg. FSU har et mandat som er vedtatt i SSU (se vedlegg). Det kom frem i FSU-møtet 05.09.24 at deltagerne i noen grad likevel mangler en felles forståelse av oppdraget til FSU.

        For at FSU skal kunne utføre oppdrag, må mandat og handlingsplan være så konkret at deltakerne i FSU har mulighet til å utføre oppdragene som rådgivende organ. Det kan se ut som både forventninger, rolle og oppgaver bør konkretiseres i større grad.

        FSU ønsker innspill fra SSU på følgende:

        - Hva ønsker SSU at FSU skal være?
        - Skal FSU få saker fra SSU og/eller finne egne saker?
        - Hvilken rolle har FSU i utarbeidelse av handlingsplan for helsefellesskapet og utarbeidelse av strategiplan?
        - Hvor mye tid er det forventet at man skal bruke på oppfølging av saker i FSU?
        - Hvilket mandat har FSU til å sette i gang arbeid i klinikkene og kommunene?
        - Skal sakene sendes videre i klinikker og kommuner til orientering, eller har FSU mandat til å nedsette f.eks. arbeidsgrupper?
        """;

    private const string FsuMandateAssessment = """
        På bakgrunn av dette kan det være naturlig at SSU diskuterer FSUs rolle som «mellomledd» mellom fagmiljøene og SSU:

        - Skal saker av faglig karakter kunne avgjøres direkte i det enkelte fagutvalg?
        - Skal kun saker som er overordnet det enkelte fagmiljø behandles i FSU?
        - Skal saker av strategisk og økonomisk betydning løftes direkte til SSU fra fagutvalg, uten å være innom FSU for behandling?
        """;
}
