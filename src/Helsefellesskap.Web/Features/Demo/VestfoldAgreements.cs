using System.Globalization;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>
/// The Vestfold agreement family as the seeds describe it: the overarching agreement with versions 2 to 5 (the version
/// table of SSU-sak 2022.39), the three sub-agreements of the structure adopted by the partnership meeting in 2022,
/// the old sub-agreements a–k they replace, two procedures, the adoptions by the six councils and the hospital board,
/// and the two requirement lists (hol. § 6-2 and Helsedirektoratets veileder) with the coverage of the preparedness drafts.
/// </summary>
internal static partial class VestfoldAgreements
{
    public const string OverarchingTitle = "Overordnet samarbeidsavtale mellom kommunene i Vestfold og Sykehuset i Vestfold HF";
    public const string PreparednessTitle = "Delavtale om samarbeid om omforente beredskapsplaner";
    public const string CompetenceTitle = "Delavtale om samarbeid om kompetanse, utdanning og forskning";
    public const string PathwaysTitle = "Delavtale om samarbeid om helhetlige pasientforløp";
    public const string PreparednessListName = "Delavtale om samarbeid om beredskap";
    public const string PathwaysListName = "Delavtale om helhetlige pasientforløp";

    private const string Statute = "helse- og omsorgstjenesteloven § 6-1\nhelse- og omsorgstjenesteloven § 6-2\nspesialisthelsetjenesteloven § 2-1 e";

    private const string AllPatientGroups =
        "Barn og unge\nPersoner med alvorlig psykisk lidelse og rusproblemer\nSkrøpelige eldre\nPersoner med flere kroniske lidelser\nGravide, fødende og barselkvinner";

    private static readonly string[] Municipalities = ["Horten", "Holmestrand", "Tønsberg", "Sandefjord", "Larvik", "Færder"];

    public static async Task SeedAsync(DemoRegister register)
    {
        var w = new AgreementWriter(register);
        var preparednessList = w.List(PreparednessListName, AgreementKind.SubAgreement,
            "Minstekrav i helse- og omsorgstjenesteloven § 6-2 og anbefalingene i Helsedirektoratets veileder for samarbeidsavtaler (2023) "
            + "for delavtalen om beredskap.", PreparednessTopics);
        var pathwaysList = w.List(PathwaysListName, AgreementKind.SubAgreement,
            "Minstekrav i helse- og omsorgstjenesteloven § 6-2 og anbefalingene i Helsedirektoratets veileder for samarbeidsavtaler (2023) "
            + "for delavtalen om helhetlige pasientforløp.", PathwaysTopics);

        var overarching = Overarching(w, await w.ItemAsync("SSU", "2022.39"));
        Preparedness(w, overarching, preparednessList, await w.ItemAsync("SSU", "2024.28"));
        Competence(w, overarching);
        Pathways(w, overarching, pathwaysList);
        var discharge = OldSubAgreements(w, overarching);
        Procedures(w, overarching, discharge, await w.ItemAsync("SSU", "2022.40"));
        await register.Db.SaveChangesAsync();
    }

    private static Agreement Overarching(AgreementWriter w, AgendaItem? treatedIn)
    {
        var agreement = w.Agreement(OverarchingTitle, AgreementKind.Overarching, null, null, "SSU", "Henrik Moe", Statute, AllPatientGroups,
            "Den overordnede samarbeidsavtalen beskriver hvordan kommunene og sykehuset sammen planlegger og utvikler tjenestene, "
            + "og rammer inn delavtalene, retningslinjene og prosedyrene under den.");
        w.Parties(agreement, council: true);
        w.Version(agreement, 2, "2013-06-01", "5", "Samarbeidsformer", text: null, treatedInText: "SMH møte 2013.3");
        w.Version(agreement, 3, "2015-07-01", "10 og 12",
            "Tvisteløsningsnemd. Innsending til H.dir. Delavtale d) er delt i to.", text: null, treatedInText: "OSU 2014.3 og OSU 2015.3");
        var v4 = w.Version(agreement, 4, "2019-06-06", "Hele", "Avtalen er fullstendig revidert", text: null, treatedInText: "SU 060619",
            inForceFrom: "2019-10-01");
        w.AdoptAll(v4, council: true, "2019-09-10", "2019-09-26");
        var v5 = w.Version(agreement, 5, "2022-11-24", "Hele", "Revidert ift. helsefellesskap", OverarchingText,
            treatedInText: treatedIn is null ? "SSU 241122" : null, treatedIn: treatedIn, inForceFrom: "2023-07-01");
        w.AdoptAll(v5, council: true, "2023-03-14", "2023-06-20");
        w.Review(agreement, "2024-11-21",
            "Årlig gjennomgang i SSU. Avtalen videreføres uendret. Delavtalene som ble vedtatt i 2023 revideres for å innfri "
            + "Helsedirektoratets veileder for samarbeidsavtaler.");
        return agreement;
    }

    private static void Preparedness(AgreementWriter w, Agreement overarching, RequirementList list, AgendaItem? treatedIn)
    {
        var agreement = w.Agreement(PreparednessTitle, AgreementKind.SubAgreement, overarching, "1", "AG-BER", "Torunn Hagen Dahl",
            "helse- og omsorgstjenesteloven § 6-2 nr. 12\nlov om helsemessig og sosial beredskap § 2-2\nspesialisthelsetjenesteloven § 2-1 e",
            "Alle pasientgrupper",
            "Samarbeid om beredskapsplaner og den akuttmedisinske kjeden ved kriser, katastrofer og bortfall av kritiske funksjoner.");
        agreement.RequirementList = list;
        w.Parties(agreement, council: true);
        var adopted = w.Version(agreement, 1, "2023-01-26", "Hele", "Ny delavtale i revidert avtalestruktur", PreparednessText,
            treatedInText: "SSU 26.01.2023", inForceFrom: "2023-07-01");
        w.AdoptAll(adopted, council: true, "2023-03-14", "2023-06-20");
        w.Cover(adopted, list, ("Omforente beredskapsplaner", "kap. 3"), ("Planer for den akuttmedisinske kjeden", "kap. 3"),
            ("Varsling og kommunikasjon", "kap. 4"));
        var draft = w.Version(agreement, 2, w.Today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Hele",
            "Revidert for å innfri Helsedirektoratets veileder for samarbeidsavtaler (oppfølging av SSU-sak 2024.17 og 2024.28)",
            PreparednessDraftText, treatedInText: treatedIn is null ? "SSU 26.09.2024, sak 2024.28" : null, treatedIn: treatedIn);
        w.Cover(draft, list, ("Omforente beredskapsplaner", "kap. 2"), ("Planer for den akuttmedisinske kjeden", "kap. 6"),
            ("Felles risiko- og sårbarhetsanalyse", "kap. 3"), ("Roller, ansvar og kriseledelse", "kap. 4"),
            ("Varsling og kommunikasjon", "kap. 5"), ("Gjensidig bistand", "kap. 7"), ("Smittevern og pandemi", "kap. 8"),
            ("Revisjon og evaluering", "kap. 10"));
        w.Hearing(draft, sentDaysAgo: 14, deadlineInDays: 21,
            "Revidert utkast til delavtale om beredskap sendes på høring til kommunene, SiV og brukerrepresentantene.",
            [.. Municipalities, "SiV", "Brukere"],
            ("Horten", null, "Horten kommune støtter utkastet. Vi ber om at rutinene for gjensidig bistand med personell konkretiseres."),
            ("Tønsberg", "7. Gjensidig bistand", "Det bør gå fram hvem som kan be om bistand på vegne av kommunen utenom kontortid."));
    }

    private static void Competence(AgreementWriter w, Agreement overarching)
    {
        var agreement = w.Agreement(CompetenceTitle, AgreementKind.SubAgreement, overarching, "2", "FSU", "Mari Haugen Strand",
            "helse- og omsorgstjenesteloven § 6-2 nr. 7 og 8\nspesialisthelsetjenesteloven § 2-1 e", AllPatientGroups,
            "Gjensidig kunnskapsoverføring, hospitering, praksisplasser, utdanning og samhandlingsforskning.");
        w.Parties(agreement, council: true);
        var version = w.Version(agreement, 1, "2023-01-26", "Hele", "Ny delavtale i revidert avtalestruktur", CompetenceText,
            treatedInText: "SSU 26.01.2023", inForceFrom: "2023-07-01");
        w.AdoptAll(version, council: true, "2023-03-14", "2023-06-20");
    }

    private static void Pathways(AgreementWriter w, Agreement overarching, RequirementList list)
    {
        var agreement = w.Agreement(PathwaysTitle, AgreementKind.SubAgreement, overarching, "3", "AG-AVT", "Henrik Moe",
            "helse- og omsorgstjenesteloven § 6-2 nr. 1–6, 9–11 og 13\nspesialisthelsetjenesteloven § 2-1 e", AllPatientGroups,
            "Skal erstatte de gjeldende delavtalene a, b, c, e, f, k og samarbeid om jordmortjeneste. Foreløpig ikke enighet "
            + "om avtaleteksten; arbeidet fortsetter med vedlegg om utskrivningsklare pasienter (jf. SSU-sak 2024.29).");
        agreement.RequirementList = list;
        w.Parties(agreement, council: true);
        w.Version(agreement, 1, "2023-05-10", "Hele", "Første utkast, sendt på høring i SiV, kommunene og brukerorganisasjonene",
            PathwaysDraftText, treatedInText: "FSU-KT 10.05.2023");
        var second = w.Version(agreement, 2, "2023-11-15", "4, 5 og 6",
            "Revidert etter høring; utskrivning og barn og unge med sammensatte behov (hol. § 6-2 nr. 13) innarbeidet. Foreløpig ikke enighet.",
            PathwaysDraftText + "\n\n## 6. Barn og unge med sammensatte behov\nPartene samarbeider om tjenester til barn og unge som får tjenester fra begge forvaltningsnivåene.",
            treatedInText: "SSU 23.11.2023");
        w.Adopt(second, "Larvik", council: true, "2024-02-15");
        w.Adopt(second, "Færder", council: true, "2024-03-07");
        w.Adopt(second, "Holmestrand", council: true, "2024-03-13");
    }

    /// <summary>The sub-agreements of the old structure, in force until the agreement on patient pathways replaces them; returns c).</summary>
    private static Agreement OldSubAgreements(AgreementWriter w, Agreement overarching)
    {
        var old = new (string Code, string Title, AgreementKind Kind, string Law, string Groups, string Text)[]
        {
            ("a", "Delavtale om partenes ansvar for helse- og omsorgsoppgaver og tiltak", AgreementKind.SubAgreement,
                "helse- og omsorgstjenesteloven § 6-2 nr. 1", AllPatientGroups,
                "Avtalen beskriver hvilke helse- og omsorgsoppgaver kommunene og sykehuset har ansvaret for, og hvilke tiltak partene skal utføre."),
            ("b", "Delavtale om henvisninger til og innleggelser i sykehus", AgreementKind.SubAgreement,
                "helse- og omsorgstjenesteloven § 6-2 nr. 3 og 4", AllPatientGroups,
                "Avtalen beskriver samarbeid om utredning, diagnostisering og behandling, og hva en henvisning til sykehuset skal inneholde."),
            ("c", "Retningslinjer for utskriving fra sykehus", AgreementKind.Guideline,
                "helse- og omsorgstjenesteloven § 6-2 nr. 3 og 6\nforskrift om kommunal betaling for utskrivningsklare pasienter", "Skrøpelige eldre\nPersoner med flere kroniske lidelser",
                "Retningslinjene beskriver varsling, vurdering og overføring av pasienter som er utskrivningsklare og antas å ha behov for kommunale tjenester."),
            ("e", "Retningslinjer for samarbeid i tilknytning til habilitering, rehabilitering og lærings- og mestringstilbud", AgreementKind.Guideline,
                "helse- og omsorgstjenesteloven § 6-2 nr. 3", "Barn og unge\nPersoner med flere kroniske lidelser",
                "Retningslinjene beskriver ansvar og samarbeid om habilitering, rehabilitering og lærings- og mestringstilbud."),
            ("f", "Delavtale om planer for akuttmedisinsk kjede og øyeblikkelig hjelp døgnopphold (ØHD)", AgreementKind.SubAgreement,
                "helse- og omsorgstjenesteloven § 6-2 nr. 5 og 12\nhelse- og omsorgstjenesteloven § 3-5 tredje ledd", "Skrøpelige eldre",
                "Avtalen beskriver den akuttmedisinske kjeden og kommunenes tilbud om øyeblikkelig hjelp døgnopphold."),
            ("g", "Delavtale om samarbeid om jordmortjeneste", AgreementKind.SubAgreement,
                "helse- og omsorgstjenesteloven § 6-2 nr. 9", "Gravide, fødende og barselkvinner",
                "Avtalen beskriver samarbeid om svangerskaps-, fødsels- og barselomsorgen og følgetjenesten for gravide."),
            ("k", "Delavtale om forebygging", AgreementKind.SubAgreement,
                "helse- og omsorgstjenesteloven § 6-2 nr. 11", AllPatientGroups,
                "Avtalen beskriver samarbeid om forebygging og helsefremmende arbeid."),
        };
        Agreement? discharge = null;
        foreach (var (code, title, kind, law, groups, text) in old)
        {
            var agreement = w.Agreement(title, kind, overarching, code, "FSU", "Jon Erik Fosse", law, groups,
                "Gjeldende til delavtalen om helhetlige pasientforløp er vedtatt og trer i kraft.");
            w.Parties(agreement, council: true);
            var version = w.Version(agreement, 4, "2019-06-06", "Hele", "Revidert sammen med overordnet samarbeidsavtale",
                $"## Formål\n{text}\n\n## Varighet\nAvtalen gjelder til den erstattes av delavtale om helhetlige pasientforløp.",
                treatedInText: "SU 060619", inForceFrom: "2019-10-01");
            w.AdoptAll(version, council: true, "2019-09-10", "2019-09-26");
            discharge ??= code == "c" ? agreement : null;
        }
        w.Review(discharge!, "2024-09-26",
            "Gjennomgått i SSU-sak 2024.29 (delavtale om utskrivningsklare pasienter). Arbeidsgruppe for utskrivningsklare pasienter følger opp.");
        return discharge!;
    }

    private static void Procedures(AgreementWriter w, Agreement overarching, Agreement discharge, AgendaItem? deviationsItem)
    {
        var deviations = w.Agreement("Prosedyre for samhandlingsavvik", AgreementKind.Procedure, overarching, "6.1", "FSU", "Trond Eliassen",
            "helse- og omsorgstjenesteloven § 6-2\nspesialisthelsetjenesteloven § 2-1 e", AllPatientGroups,
            "Hvordan kommunene og sykehuset melder og følger opp avvik i samhandlingen, jf. kap. 6 i overordnet samarbeidsavtale.");
        w.Parties(deviations, council: false);
        var first = w.Version(deviations, 1, "2019-06-06", "Hele", "Samhandlingsavvik meldes på eget skjema og behandles som offentlig korrespondanse",
            "## Melding\nSamhandlingsavvik meldes på eget skjema som sendes per post.\n\n## Behandling\nAvvikene behandles som offentlig korrespondanse.",
            treatedInText: "SU 060619", inForceFrom: "2019-10-01");
        w.AdoptAll(first, council: false, "2019-09-02", "2019-09-16");
        var revised = w.Version(deviations, 2, "2023-12-07", "Hele",
            "Revidert etter SSU-sak 2022.40: to spor – alvorlige saker som formell korrespondanse, øvrige avvik registreres digitalt for statistikk og forbedring",
            DeviationProcedureText, treatedInText: deviationsItem is null ? "SSU 24.11.2022, sak 2022.40" : null, treatedIn: deviationsItem,
            inForceFrom: "2024-01-15");
        w.AdoptAll(revised, council: false, "2023-12-11", "2024-01-08");

        var transfers = w.Agreement("Prosedyre for spesielt krevende pasientoverføringer fra SiV tilbake til kommunene", AgreementKind.Procedure,
            discharge, null, "FSU", "Knut Eirik Solheim", "helse- og omsorgstjenesteloven § 6-2 nr. 6",
            "Personer med alvorlig psykisk lidelse og rusproblemer\nSkrøpelige eldre\nPersoner med flere kroniske lidelser",
            "Planlegging og gjennomføring av overføringer som krever særskilt forberedelse i kommunen.");
        w.Parties(transfers, council: false);
        var version = w.Version(transfers, 1, "2023-10-19", "Hele", "Ny prosedyre", TransfersText, treatedInText: "FSU-KT 19.10.2023",
            inForceFrom: "2023-11-01");
        w.AdoptAll(version, council: false, "2023-10-23", "2023-10-30");
        w.Evaluation(transfers, "2026-05-15", "Prosedyren evalueres i mai og desember 2026: første evaluering",
            "Overføringene er bedre planlagt; tidspunkt for varsel til kommunen bør presiseres.");
        w.Evaluation(transfers, "2026-12-15", "Prosedyren evalueres i mai og desember 2026: andre evaluering", null);
    }

    /// <summary>Adds the agreement records through navigation properties, each with the community id set (there is no tenant while seeding).</summary>
    private sealed class AgreementWriter(DemoRegister register)
    {
        private readonly int communityId = register.CommunityId;

        public DateOnly Today => register.Today;

        /// <summary>The body's agenda item with the case number ("2022.39"), if the demo meetings hold it.</summary>
        public async Task<AgendaItem?> ItemAsync(string body, string caseNumber)
        {
            var (year, sequence) = (int.Parse(caseNumber[..4], CultureInfo.InvariantCulture), int.Parse(caseNumber[5..], CultureInfo.InvariantCulture));
            return await register.Db.AgendaItems.IgnoreQueryFilters()
                .Where(i => i.CommunityId == communityId && i.CaseYear == year && i.CaseSequence == sequence && i.Meeting!.Body!.ShortName == body)
                .OrderBy(i => i.Id)
                .FirstOrDefaultAsync();
        }

        public RequirementList List(string name, AgreementKind kind, string description, (string Title, string Source, string Guidance)[] topics)
        {
            var list = new RequirementList { CommunityId = communityId, Name = name, Kind = kind, Description = description };
            list.Topics.AddRange(topics.Select((t, n) => new RequirementTopic
            {
                CommunityId = communityId,
                SortOrder = n + 1,
                Title = t.Title,
                Source = t.Source,
                Guidance = t.Guidance,
            }));
            register.Db.RequirementLists.Add(list);
            return list;
        }

        public Agreement Agreement(
            string title, AgreementKind kind, Agreement? parent, string? code, string ownerBody, string responsible,
            string legalReferences, string patientGroups, string description)
        {
            var agreement = new Agreement
            {
                CommunityId = communityId,
                Title = title,
                Kind = kind,
                Parent = parent,
                Code = code,
                OwnerBody = register.Bodies[ownerBody],
                ResponsiblePerson = register.People[responsible],
                LegalReferences = legalReferences,
                PatientGroups = patientGroups,
                Description = description,
            };
            register.Db.Agreements.Add(agreement);
            return agreement;
        }

        /// <summary>The six municipalities and the hospital trust; agreements are adopted by the councils and the board, procedures administratively.</summary>
        public void Parties(Agreement agreement, bool council) =>
            agreement.Parties.AddRange([.. Municipalities.Append("SiV").Select(key => new AgreementParty
            {
                CommunityId = communityId,
                Partner = register.Partners[key],
                AdoptingBody = DecidedBy(key, council, withPlace: false),
            })]);

        public AgreementVersion Version(
            Agreement agreement, int number, string date, string chapters, string change, string? text,
            string? treatedInText = null, AgendaItem? treatedIn = null, string? inForceFrom = null)
        {
            var version = new AgreementVersion
            {
                CommunityId = communityId,
                Number = number,
                Date = Date(date),
                ChaptersChanged = chapters,
                ChangeSummary = change,
                Text = text,
                TreatedInItem = treatedIn,
                TreatedInText = treatedInText,
                InForceFrom = inForceFrom is null ? null : Date(inForceFrom),
            };
            agreement.Versions.Add(version);
            return version;
        }

        /// <summary>Adoption by every party, the municipalities spread over the period and the hospital board first.</summary>
        public void AdoptAll(AgreementVersion version, bool council, string first, string last)
        {
            var (from, to) = (Date(first), Date(last));
            var step = (to.DayNumber - from.DayNumber) / Municipalities.Length;
            Adopt(version, "SiV", council, first);
            for (var n = 0; n < Municipalities.Length; n++)
            {
                Adopt(version, Municipalities[n], council, from.AddDays(step * (n + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        public void Adopt(AgreementVersion version, string partner, bool council, string on)
        {
            var date = Date(on);
            var number = 20 + version.Adoptions.Count * 7 + version.Number;
            version.Adoptions.Add(new AgreementAdoption
            {
                CommunityId = communityId,
                Partner = register.Partners[partner],
                AdoptedOn = date,
                DecidedBy = DecidedBy(partner, council, withPlace: true),
                Reference = partner == "SiV"
                    ? string.Create(CultureInfo.InvariantCulture, $"Styresak {number:00}-{date.Year}")
                    : string.Create(CultureInfo.InvariantCulture, $"{(council ? "PS" : "DS")} {number}/{date.Year % 100:00}"),
            });
        }

        public void Cover(AgreementVersion version, RequirementList list, params (string Topic, string Location)[] covered) =>
            version.Coverage.AddRange(covered.Select(c => new TopicCoverage
            {
                CommunityId = communityId,
                Topic = list.Topics.Single(t => t.Title == c.Topic),
                Location = c.Location,
            }));

        public void Hearing(
            AgreementVersion version, int sentDaysAgo, int deadlineInDays, string message, string[] invitees,
            params (string Partner, string? Chapter, string Text)[] comments)
        {
            var sent = Today.AddDays(-sentDaysAgo);
            var hearing = new AgreementHearing
            {
                CommunityId = communityId,
                SentOn = sent,
                Deadline = Today.AddDays(deadlineInDays),
                Message = message,
            };
            hearing.Invitees.AddRange(invitees.Select(key => new HearingInvitee
            {
                CommunityId = communityId,
                Partner = register.Partners[key],
                NotifiedAtUtc = sent.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            }));
            hearing.Comments.AddRange(comments.Select((c, n) => new HearingComment
            {
                CommunityId = communityId,
                Partner = register.Partners[c.Partner],
                Chapter = c.Chapter,
                Text = c.Text,
                AuthorName = register.Memberships.Where(m => m.Partner == register.Partners[c.Partner]).Select(m => m.Person!.Name).FirstOrDefault()
                    ?? register.Partners[c.Partner].Name,
                SubmittedAtUtc = sent.AddDays(3 + n).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            }));
            version.Hearings.Add(hearing);
        }

        public void Review(Agreement agreement, string on, string summary) =>
            agreement.Reviews.Add(new AgreementReview { CommunityId = communityId, ReviewedOn = Date(on), Summary = summary });

        /// <summary>A planned evaluation; one whose date has passed is done, with its findings.</summary>
        public void Evaluation(Agreement agreement, string planned, string description, string? findings)
        {
            var date = Date(planned);
            var done = findings is not null && date < Today;
            agreement.Evaluations.Add(new AgreementEvaluation
            {
                CommunityId = communityId,
                PlannedOn = date,
                Description = description,
                DoneOn = done ? date.AddDays(5) : null,
                Findings = done ? findings : null,
            });
        }

        private string DecidedBy(string partner, bool council, bool withPlace) =>
            (partner, council) switch
            {
                ("SiV", true) => "Styret for SiV HF",
                ("SiV", false) => "Administrerende direktør, SiV HF",
                ("Tønsberg", true) => withPlace ? "Bystyret i Tønsberg" : "Bystyret",
                (_, true) => withPlace ? $"Kommunestyret i {partner}" : "Kommunestyret",
                (_, false) => withPlace ? $"Kommunedirektøren i {partner}" : "Kommunedirektøren",
            };

        private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
