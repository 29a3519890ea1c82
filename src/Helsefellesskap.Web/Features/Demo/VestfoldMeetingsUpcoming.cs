using System.Globalization;
using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Meetings;
using static Helsefellesskap.Web.Features.Meetings.AgendaItemKind;
using static Helsefellesskap.Web.Features.Meetings.AgendaItemTypes;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>
/// Meetings relative to today, so the demo has something ahead whenever it runs: SSU's adopted plans for this year and the
/// next, and the next SSU meeting with a draft agenda that follows up the matters of 2024.
/// </summary>
internal static partial class VestfoldMeetings
{
    private static readonly TimeOnly SsuStart = new(13, 0);
    private static readonly TimeOnly SsuEnd = new(15, 30);
    private static readonly TimeOnly AuStart = new(14, 0);
    private static readonly TimeOnly AuEnd = new(16, 0);

    /// <summary>Returns the next SSU meeting, whose agenda is a draft.</summary>
    private static Meeting SeedUpcoming(DemoMeetingWriter w, Year2024 year2024)
    {
        var meetings = new List<Meeting>();
        foreach (var year in new[] { w.Today.Year, w.Today.Year + 1 })
        {
            // Adopted at the last meeting of the year before, or yesterday if that meeting is still ahead.
            var adoptedOn = DateOnly.FromDayNumber(Math.Min(SsuDates(year - 1)[^1].DayNumber, w.Today.AddDays(-1).DayNumber));
            meetings.AddRange(w.AdoptedPlan("SSU", year, DemoMeetingWriter.Utc(adoptedOn, 15),
                "SSU kl. 13.00–15.30. AU for SSU kl. 14.00–16.00, to uker før hvert SSU-møte.",
                SsuDates(year).Select(date => new DemoMeetingWriter.PlannedMeeting(date, SsuStart, SsuEnd, SivRoom028, date.AddDays(-14))),
                "AU", AuStart, AuEnd));
        }
        var next = meetings.First(m => m.Date > w.Today);
        var previous = meetings.LastOrDefault(m => m.Date < next.Date) ?? year2024.Ssu;
        DraftAgenda(w, next, previous, year2024);
        return next;
    }

    /// <summary>SSU's rhythm: the last Thursday of February, April, September and November, and the first Thursday of June.</summary>
    private static DateOnly[] SsuDates(int year) =>
    [
        LastThursday(year, 2), LastThursday(year, 4), FirstThursday(year, 6), LastThursday(year, 9), LastThursday(year, 11),
    ];

    private static DateOnly FirstThursday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastThursday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Thursday + 7) % 7));
    }

    private static void DraftAgenda(DemoMeetingWriter w, Meeting m, Meeting previous, Year2024 year2024)
    {
        m.Addressees = SsuAddressees;
        m.Topic = SsuTopic;
        var chair = w.ChairOn(m.Body!, m.Date);
        var previousDate = previous.Date.ToString("dd.MM.yy", CultureInfo.InvariantCulture);

        w.Item(m, null, "Godkjenning av innkalling og dagsorden", Decision, ApproveNotice, numbered: true, responsible: [chair],
            proposed: "Innkalling og dagsorden godkjennes.");
        w.Item(m, null, $"Referat SSU {previousDate}", Decision, ApproveMinutes, numbered: true, responsible: ["Siri Alme Grønvold"],
            approvesMinutesOf: previous, proposed: "Referatet godkjennes.");
        w.Item(m, null, "Revisjon av delavtale om beredskap", Discussion | Decision, numbered: true, responsible: ["Geir Olav Brenden"],
            previous: year2024.Preparedness, origin: ItemOrigin.FollowUp,
            description: """
                Oppfølging av SSU-sak 2024.17 og 2024.28. Arbeidsgruppen for revisjon av delavtale om beredskap legger fram utkast til revidert delavtale, bygget på Helsedirektoratets veileder for samarbeidsavtaler mellom kommuner og helseforetak.

                - Hovedendringer fra gjeldende delavtale
                - Roller i Beredskapsnettverket i Vestfold
                - Videre høring hos partene
                """,
            proposed: """
                SSU slutter seg til utkastet til revidert delavtale om beredskap.
                Utkastet sendes på høring til kommunene og SiV før endelig behandling i SSU.
                """);
        w.Item(m, null, "Rekrutterings- og samhandlingstilskudd – status for tiltakene", Information | Discussion, numbered: true,
            responsible: ["Jon Erik Fosse"], previous: year2024.CollaborationFunds, origin: ItemOrigin.FollowUp,
            description: "Status for tiltakene som har fått samhandlingsmidler fra HSØ, jf. SSU-sak 2024.32, og prosess for prioritering av neste "
                + "tildeling.",
            proposed: "Statusen tas til orientering. Sekretariatet legger fram forslag til prioriteringer i neste møte.");
        w.Item(m, null, "Årsrapport fra Samhandlingsforum for ledere i psykisk helse og rus", Information, numbered: true,
            responsible: ["Hanne Sofie Wold"], previous: year2024.LeadersForum, origin: ItemOrigin.FollowUp,
            description: "Samhandlingsforumet legger fram sin årsrapport, slik mandatet vedtatt i SSU-sak 2024.27 krever.",
            proposed: "Årsrapporten tas til orientering.");
        w.Item(m, null, $"Status handlingsplan for Helsefellesskapet i Vestfold {m.Date.Year}", Information | Discussion, numbered: true,
            responsible: ["Siri Alme Grønvold", chair],
            description: "Sekretariatet orienterer om status for tiltakene i handlingsplanen.",
            proposed: "Status for handlingsplanen tas til orientering.");
        w.Item(m, null, "Eventuelt", kind: AnyOtherBusiness);

        w.Task(year2024.Rehabilitation, 1, "Legge fram kartleggingen av samarbeidet innen rehabilitering i kommunene og sykehuset",
            FollowUpStatus.InProgress, m.Date, ownerPerson: "Sigrid Nyhus", target: m,
            notes: "Arbeidsgruppe for rehabilitering (AG-REH) har kartlagt samarbeidet; Statsforvalteren deltar.");
    }
}
