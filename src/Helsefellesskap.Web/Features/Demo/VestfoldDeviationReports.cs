using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Localization;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>
/// 2,000 synthetic deviation reports of the last three years between the Vestfold partners, the same on every run
/// (seeded random): mostly municipality → hospital, discharge and medicines most often, each taken through the real
/// workflow with a plausible pace, so every state occurs (old reports closed, recent ones open, some overdue), with
/// dialogues in Norwegian. The demo nurse has some of her own, drafts among them. Added to the context, saved by the caller.
/// </summary>
internal static class VestfoldDeviationReports
{
    public const int Count = 2000;
    private const int NurseSent = 17;
    private const int NurseDrafts = 3;
    private const int DaysBack = 3 * 365;

    private static readonly string[] MunicipalReporters =
    [
        "Kari Nordby", "Ingrid Solheim", "Marte Aasen", "Lise Bakken", "Tone Fjeld", "Anne Grete Lund", "Hilde Skaug", "Ragnhild Moen",
        "Eva Sandvik", "Nina Holt", "Kristin Berge", "Mona Tveit", "Ida Vold", "Camilla Rød", "Sissel Brekke", "Trine Hauge",
        "Ole Martin Dahl", "Jon Erik Foss", "Per Arne Lie", "Espen Kvam", "Morten Sletten", "Lars Ivar Bø", "Thomas Eide", "Anders Roll",
    ];

    private static readonly string[] HospitalReporters =
    [
        "Maria Strand", "Heidi Ravn", "Siri Torp", "Karoline Sæther", "Henrik Wold", "Erik Ness", "Jonas Brenna", "Stine Aune",
    ];

    private static readonly string[] HospitalHandlers = ["Berit Kleven", "Guro Lindahl", "Fredrik Aas", "Elin Nygård", "Tor Inge Mørk"];

    /// <summary>The municipalities, weighted by population; the receiving side's quality contact when a report goes there.</summary>
    private static readonly (string Key, int Weight, string QualityContact)[] Municipalities =
    [
        ("Horten", 27, "Wenche Steen"),
        ("Holmestrand", 25, "Bjørn Kaasa"),
        ("Tønsberg", 58, VestfoldDeviations.TonsbergQualityContact),
        ("Sandefjord", 65, "Randi Fossum"),
        ("Larvik", 48, "Geir Holm"),
        ("Færder", 27, "Liv Tangen"),
    ];

    /// <summary>Discharge (C) and medicines (D) are what most reports are about.</summary>
    private static readonly (string Code, int Weight)[] CategoryWeights =
        [("A", 8), ("B", 6), ("C", 30), ("D", 22), ("E", 12), ("F", 5), ("G", 5), ("H", 2), ("I", 3), ("J", 7)];

    private static readonly (DeviationConsequence Value, int Weight)[] ConsequenceWeights =
    [
        (DeviationConsequence.None, 40), (DeviationConsequence.Minor, 38), (DeviationConsequence.Moderate, 14),
        (DeviationConsequence.Serious, 3), (DeviationConsequence.Unknown, 5),
    ];

    private static readonly (PatientGroup Value, int Weight)[] PatientGroupWeights =
    [
        (PatientGroup.FrailElderly, 45), (PatientGroup.MultipleChronicConditions, 22), (PatientGroup.Palliative, 6),
        (PatientGroup.ChildrenAndYoungPeople, 4), (PatientGroup.Other, 13),
    ];

    /// <summary>Adds the reports to the context, saved by the caller: the community's units and taxonomy must be in it already.</summary>
    public static void Add(DemoRegister register)
    {
        var reports = new Writer(register).All();
        foreach (var entry in reports.SelectMany(r => r.Entries))
        {
            entry.CommunityId = register.CommunityId;
        }
        register.Db.DeviationReports.AddRange(reports);
    }

    private sealed class Writer
    {
        private readonly DemoRegister register;
        private readonly Random random = new(2026);
        private readonly DeviationDeadlines deadlines = new(new DeviationOptions());
        private readonly DateTime nowUtc;
        private readonly Partner hospital;
        private readonly List<ServiceUnit> units;
        private readonly List<DeviationCategory> categories;
        private readonly DeviationActor hospitalQuality;
        private readonly HashSet<DeviationSide> bothSides = [DeviationSide.Reporting, DeviationSide.Receiving];

        public Writer(DemoRegister register)
        {
            this.register = register;
            nowUtc = OsloTime.ToUtc(register.Today, new TimeOnly(7, 0));
            hospital = register.Partners["SiV"];
            units = register.Db.ServiceUnits.Local.Where(u => u.CommunityId == register.CommunityId).ToList();
            categories = register.Db.DeviationCategories.Local.Where(c => c.CommunityId == register.CommunityId).ToList();
            hospitalQuality = ActorFor(VestfoldDeviations.HospitalQualityContact);
        }

        public List<DeviationReport> All()
        {
            var reports = new List<DeviationReport>();
            for (var i = 0; i < Count - NurseSent - NurseDrafts; i++)
            {
                reports.Add(AnyReport());
            }
            for (var i = 0; i < NurseSent; i++)
            {
                // Most of her reports are recent, so her task list has open cases.
                reports.Add(Nurses(register.Today.AddDays(-(i < 7 ? random.Next(1, 30) : random.Next(30, 365)))));
            }
            for (var i = 0; i < NurseDrafts; i++)
            {
                reports.Add(Draft(DeviationDemoTexts.Drafts[i], register.Today.AddDays(-i * 3)));
            }
            NumberFormalReports(reports);
            return reports;
        }

        private DeviationReport AnyReport()
        {
            // Slightly more reports in recent years, as more staff take the system into use.
            var sentDay = register.Today.AddDays(-1 - (int)(DaysBack * Math.Pow(random.NextDouble(), 1.25)));
            var roll = random.NextDouble();
            if (roll < 0.95)
            {
                var municipality = register.Partners[Weighted(Municipalities.Select(m => (m.Key, m.Weight)))];
                var category = Weighted(CategoryWeights);
                var reporter = Pick(MunicipalReporters);
                return Lifecycle(New(Actor(reporter), Pick(DeviationDemoTexts.MunicipalRoles), MunicipalUnit(municipality, category), hospital,
                    random.NextDouble() < 0.75 ? HospitalUnit(category) : null, category, Pick(DeviationDemoTexts.ToHospital[category]), sentDay), sentDay);
            }
            if (roll < 0.99)
            {
                var municipality = register.Partners[Weighted(Municipalities.Select(m => (m.Key, m.Weight)))];
                var category = Pick(DeviationDemoTexts.ToMunicipality.Keys.ToArray());
                return Lifecycle(New(Actor(Pick(HospitalReporters)), Pick(DeviationDemoTexts.HospitalRoles), HospitalUnit(category), municipality,
                    null, category, Pick(DeviationDemoTexts.ToMunicipality[category]), sentDay), sentDay);
            }
            var from = Weighted(Municipalities.Select(m => (m.Key, m.Weight)));
            var to = Pick(Municipalities.Where(m => m.Key != from).Select(m => m.Key).ToArray());
            var code = Pick(DeviationDemoTexts.BetweenMunicipalities.Keys.ToArray());
            return Lifecycle(New(Actor(Pick(MunicipalReporters)), Pick(DeviationDemoTexts.MunicipalRoles), MunicipalUnit(register.Partners[from], code),
                register.Partners[to], null, code, Pick(DeviationDemoTexts.BetweenMunicipalities[code]), sentDay), sentDay);
        }

        private DeviationReport Nurses(DateOnly sentDay)
        {
            var nurse = register.People[VestfoldDeviations.Nurse];
            var category = random.NextDouble() < 0.6 ? "C" : "D";
            var report = New(ActorFor(VestfoldDeviations.Nurse), "Sykepleier", nurse.WorkUnit!, hospital, HospitalUnit(category),
                category, Pick(DeviationDemoTexts.ToHospital[category]), sentDay);
            report.ReporterEmail = nurse.Email;
            return Lifecycle(report, sentDay);
        }

        private DeviationReport Draft(string text, DateOnly day)
        {
            var nurse = register.People[VestfoldDeviations.Nurse];
            return new DeviationReport
            {
                CommunityId = register.CommunityId,
                State = DeviationState.Draft,
                ReporterUserId = nurse.UserId!,
                ReporterName = nurse.Name,
                ReporterEmail = nurse.Email,
                ReporterRole = "Sykepleier",
                ReportingPartner = nurse.WorkUnit!.Partner,
                ReportingUnit = nurse.WorkUnit,
                ReceivingPartner = hospital,
                EventDate = day.AddDays(-1),
                Category = Category("C"),
                WhatHappened = text,
                CreatedAtUtc = At(day.AddDays(-1)),
            };
        }

        private DeviationReport New(
            DeviationActor reporter, string role, ServiceUnit reportingUnit, Partner receiving, ServiceUnit? receivingUnit,
            string categoryCode, string whatHappened, DateOnly sentDay)
        {
            var category = Category(categoryCode);
            var subcategories = categories.Where(c => c.Parent == category).ToList();
            var consequence = Weighted(ConsequenceWeights);
            var eventDay = sentDay.AddDays(-random.Next(0, 8));
            return new DeviationReport
            {
                CommunityId = register.CommunityId,
                State = DeviationState.Draft,
                IsComplaint = random.NextDouble() < 0.02,
                ReporterUserId = reporter.UserId!,
                ReporterName = reporter.Name,
                ReporterRole = role,
                ReportingPartner = reportingUnit.Partner,
                ReportingUnit = reportingUnit,
                ReceivingPartner = receiving,
                ReceivingUnit = receivingUnit,
                Direction = DeviationWorkflow.DirectionOf(reportingUnit.Partner!.Kind, receiving.Kind),
                EventDate = eventDay,
                EventPartOfDay = Weighted([(PartOfDay.Day, 60), (PartOfDay.Evening, 25), (PartOfDay.Night, 10), (PartOfDay.Unknown, 5)]),
                Phase = PhaseOf(categoryCode),
                Category = category,
                Subcategory = random.NextDouble() < 0.9 && subcategories.Count > 0 ? Pick(subcategories.ToArray()) : null,
                AgreementReference = random.NextDouble() < 0.3 ? Pick(DeviationDemoTexts.Agreements) : null,
                PatientGroup = categoryCode switch
                {
                    "F" => PatientGroup.MentalHealthAndSubstanceUse,
                    "H" => PatientGroup.PregnantAndNewborn,
                    _ => Weighted(PatientGroupWeights),
                },
                Consequence = consequence,
                WhatHappened = whatHappened,
                ImmediateAction = random.NextDouble() < 0.7 ? Pick(DeviationDemoTexts.ImmediateActions) : null,
                SuggestedImprovement = random.NextDouble() < 0.5 ? Pick(DeviationDemoTexts.Suggestions) : null,
                LocalReference = random.NextDouble() < 0.6 ? $"Internt avvik {random.Next(1000, 99999)}" : null,
                CreatedAtUtc = OsloTime.ToUtc(sentDay, new TimeOnly(7, 30)),
            };
        }

        /// <summary>
        /// Takes the report through the workflow at a plausible pace, stopping at the first step that lies after the
        /// demo's "now": the receiver acknowledges within a few working days (sometimes late), answers within weeks,
        /// the reporter accepts or sends back, and the receiver closes.
        /// </summary>
        private DeviationReport Lifecycle(DeviationReport report, DateOnly sentDay)
        {
            var reporter = new DeviationActor(report.ReporterUserId, report.ReporterName);
            var receiver = ReceiverOf(report);
            var at = At(sentDay);
            Step(report, DeviationAction.Send, reporter, null, at);

            var late = random.NextDouble() < 0.15;
            at = At(NorwegianWorkingDays.Add(sentDay, late ? random.Next(6, 13) : random.Next(1, 5)));
            if (at > nowUtc)
            {
                return report;
            }
            if (report.ReceivingUnit is null)
            {
                report.ReceivingUnit = report.ReceivingPartner == hospital ? HospitalUnit(report.Category!.Code) : ReceivingMunicipalUnit(report);
                Add(report, DeviationEntryKind.Routed, DeviationSide.Receiving, receiver, null, at);
            }
            Step(report, DeviationAction.Acknowledge, receiver, null, at);
            var acknowledged = DateOnly.FromDateTime(OsloTime.ToOslo(at));
            if (random.NextDouble() < 0.4)
            {
                at = Later(at, NorwegianWorkingDays.Add(acknowledged, random.Next(0, 3)));
                if (at > nowUtc)
                {
                    return report;
                }
                Step(report, DeviationAction.StartHandling, receiver, null, at);
            }

            var answerDay = NorwegianWorkingDays.Add(acknowledged, late || random.NextDouble() < 0.1 ? random.Next(15, 31) : random.Next(3, 18));
            var answerAt = Later(at, answerDay);
            if (!Dialogue(report, reporter, receiver, at, answerAt))
            {
                return report;
            }
            at = answerAt;
            Step(report, DeviationAction.Answer, receiver, Pick(DeviationDemoTexts.Answers), at);

            if (random.NextDouble() < 0.08)
            {
                at = Later(at, NorwegianWorkingDays.Add(answerDay, random.Next(1, 6)));
                if (at > nowUtc)
                {
                    return report;
                }
                Step(report, DeviationAction.SendBack, reporter, Pick(DeviationDemoTexts.SendBackComments), at);
                answerDay = NorwegianWorkingDays.Add(DateOnly.FromDateTime(OsloTime.ToOslo(at)), random.Next(3, 11));
                at = Later(at, answerDay);
                if (at > nowUtc)
                {
                    return report;
                }
                Step(report, DeviationAction.Answer, receiver, Pick(DeviationDemoTexts.Answers), at);
            }

            // A few reporters never react to the answer, and a few receivers never close.
            var stop = random.NextDouble();
            at = Later(at, NorwegianWorkingDays.Add(answerDay, random.Next(0, 8)));
            if (stop < 0.03 || at > nowUtc)
            {
                return report;
            }
            Step(report, DeviationAction.Accept, reporter, null, at);
            at = Later(at, NorwegianWorkingDays.Add(DateOnly.FromDateTime(OsloTime.ToOslo(at)), random.Next(0, 4)));
            if (stop < 0.05 || at > nowUtc)
            {
                return report;
            }
            Step(report, DeviationAction.Close, receiver, null, at);
            return report;
        }

        /// <summary>Messages both ways between two steps; false if the next step lies after "now".</summary>
        private bool Dialogue(DeviationReport report, DeviationActor reporter, DeviationActor receiver, DateTime from, DateTime until)
        {
            var messages = Weighted([(0, 45), (1, 35), (2, 20)]);
            var times = Enumerable.Range(0, messages).Select(_ => from + ((until - from) * random.NextDouble())).Order().ToList();
            for (var i = 0; i < times.Count && times[i] <= nowUtc; i++)
            {
                var fromReceiver = i % 2 == 0;
                Add(report, DeviationEntryKind.Message, fromReceiver ? DeviationSide.Receiving : DeviationSide.Reporting,
                    fromReceiver ? receiver : reporter,
                    Pick(fromReceiver ? DeviationDemoTexts.ReceiverMessages : DeviationDemoTexts.ReporterMessages), times[i]);
            }
            return until <= nowUtc;
        }

        private void Step(DeviationReport report, DeviationAction action, DeviationActor actor, string? text, DateTime at)
        {
            if (DeviationWorkflow.Apply(report, action, bothSides, actor, text, at, deadlines) is { } refusal)
            {
                throw new InvalidOperationException($"Demo report: {action} refused ({refusal}).");
            }
        }

        private static void Add(DeviationReport report, DeviationEntryKind kind, DeviationSide side, DeviationActor actor, string? text, DateTime at) =>
            report.Entries.Add(new DeviationEntry { Kind = kind, Side = side, AuthorUserId = actor.UserId, AuthorName = actor.Name, Text = text, AtUtc = at });

        /// <summary>Formal reports get journal numbers "yyyy/N" in the order they were sent.</summary>
        private static void NumberFormalReports(List<DeviationReport> reports)
        {
            foreach (var year in reports.Where(r => r.Track == DeviationTrack.Formal && r.SentAtUtc is not null)
                         .OrderBy(r => r.SentAtUtc).GroupBy(r => OsloTime.ToOslo(r.SentAtUtc!.Value).Year))
            {
                var number = 0;
                foreach (var report in year)
                {
                    report.JournalNumber = $"{year.Key}/{++number}";
                }
            }
        }

        private DeviationActor ReceiverOf(DeviationReport report)
        {
            if (report.ReceivingPartner == hospital)
            {
                return random.NextDouble() < 0.5 ? hospitalQuality : Actor(Pick(HospitalHandlers));
            }
            var contact = Municipalities.Single(m => register.Partners[m.Key] == report.ReceivingPartner).QualityContact;
            return contact == VestfoldDeviations.TonsbergQualityContact ? ActorFor(contact) : Actor(contact);
        }

        private ServiceUnit MunicipalUnit(Partner municipality, string category)
        {
            var service = category switch
            {
                "F" => "Psykisk helse og rus",
                "G" => "Legevakt",
                "H" => "Helsestasjon og jordmortjeneste",
                _ => Weighted([("Hjemmetjenesten", 50), ("Sykehjem og korttidsavdeling", 28), ("Tildelingskontoret", 12), ("Legevakt", 10)]),
            };
            var unit = units.Single(u => u.Partner == municipality && u.Parent is null && u.Name == service);
            var sections = units.Where(u => u.Parent == unit).ToArray();
            return sections.Length > 0 ? Pick(sections) : unit;
        }

        private ServiceUnit ReceivingMunicipalUnit(DeviationReport report) =>
            MunicipalUnit(report.ReceivingPartner!, report.Category!.Code);

        private ServiceUnit HospitalUnit(string category)
        {
            var clinic = category switch
            {
                "F" => "Klinikk psykisk helse og avhengighet",
                "G" => "Prehospital klinikk",
                "H" => "Kvinne-barn-klinikken",
                _ => Weighted([("Medisinsk klinikk", 60), ("Kirurgisk klinikk", 30), ("Klinikk fysikalsk medisin og rehabilitering", 10)]),
            };
            return Pick(units.Where(u => u.Parent is { } parent && parent.Name == clinic && u.Partner == hospital).ToArray());
        }

        private static PathwayPhase? PhaseOf(string category) => category switch
        {
            "A" => PathwayPhase.ReferralAdmission,
            "B" => PathwayPhase.DuringStay,
            "C" or "D" or "I" => PathwayPhase.Discharge,
            "G" => PathwayPhase.Emergency,
            "H" => PathwayPhase.Outpatient,
            "F" => PathwayPhase.AfterDischarge,
            _ => null,
        };

        private DeviationCategory Category(string code) => categories.Single(c => c.Code == code);

        /// <summary>A demo account's person acts with her account; everyone else is a name without an account.</summary>
        private DeviationActor ActorFor(string person) => new(register.People[person].UserId, person);

        private static DeviationActor Actor(string name) => new($"demo:{DemoText.Ascii(name)}", name);

        /// <summary>A moment in office hours on the day, Norwegian time.</summary>
        private DateTime At(DateOnly day) => OsloTime.ToUtc(day, new TimeOnly(8 + random.Next(0, 8), random.Next(0, 60)));

        /// <summary>A moment on the day that is after <paramref name="after"/>.</summary>
        private DateTime Later(DateTime after, DateOnly day)
        {
            var at = At(day);
            return at > after ? at : after.AddMinutes(random.Next(5, 120));
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        private T Weighted<T>(IEnumerable<(T Value, int Weight)> choices)
        {
            var list = choices.ToList();
            var roll = random.Next(list.Sum(c => c.Weight));
            foreach (var (value, weight) in list)
            {
                if ((roll -= weight) < 0)
                {
                    return value;
                }
            }
            throw new InvalidOperationException("Weights must be positive.");
        }
    }
}
