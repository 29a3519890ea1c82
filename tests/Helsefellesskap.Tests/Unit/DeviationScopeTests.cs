using Helsefellesskap.Web.Features.Deviations;

namespace Helsefellesskap.Tests.Unit;

/// <summary>Who may read a report and act for which party: the rules of <see cref="DeviationScope"/>.</summary>
public sealed class DeviationScopeTests
{
    private const int Municipality = 1;
    private const int Hospital = 2;
    private const int OtherMunicipality = 3;
    private const int HomeCare = 10;
    private const int Medicine = 20;
    private const int OtherWard = 21;

    private static DeviationScope Scope(
        string user = "someone", bool secretariat = false, int[]? units = null, int[]? partners = null, bool caseReader = false, bool statistics = false) =>
        new(user, secretariat, (units ?? []).ToHashSet(), (partners ?? []).ToHashSet(), caseReader, statistics);

    /// <summary>From Tønsberg's home care to the hospital's medical clinic, by the nurse "reporter".</summary>
    private static DeviationReport Report(DeviationState state = DeviationState.Sent, int? receivingUnit = Medicine) => new()
    {
        ReporterUserId = "reporter",
        ReporterName = "Silje Haugland",
        State = state,
        ReportingPartnerId = Municipality,
        ReportingUnitId = HomeCare,
        ReceivingPartnerId = Hospital,
        ReceivingUnitId = receivingUnit,
    };

    private static readonly DeviationScope Reporter = Scope("reporter");
    private static readonly DeviationScope MedicineHandler = Scope(units: [Medicine]);
    private static readonly DeviationScope OtherWardHandler = Scope(units: [OtherWard]);
    private static readonly DeviationScope HomeCareHandler = Scope(units: [HomeCare]);
    private static readonly DeviationScope HospitalQuality = Scope(partners: [Hospital]);
    private static readonly DeviationScope MunicipalQuality = Scope(partners: [Municipality]);
    private static readonly DeviationScope OtherMunicipalQuality = Scope(partners: [OtherMunicipality]);
    private static readonly DeviationScope CaseReader = Scope(caseReader: true);
    private static readonly DeviationScope Secretariat = Scope(secretariat: true);
    private static readonly DeviationScope Committee = Scope(statistics: true);

    public static TheoryData<string, DeviationSide[]> SidesByPerson => new()
    {
        { nameof(Reporter), [DeviationSide.Reporting] },
        { nameof(HomeCareHandler), [DeviationSide.Reporting] },
        { nameof(MunicipalQuality), [DeviationSide.Reporting] },
        { nameof(MedicineHandler), [DeviationSide.Receiving] },
        { nameof(HospitalQuality), [DeviationSide.Receiving] },
        { nameof(OtherWardHandler), [] },
        { nameof(OtherMunicipalQuality), [] },
        { nameof(CaseReader), [] },
        { nameof(Secretariat), [] },
        { nameof(Committee), [] },
    };

    private static DeviationScope Person(string name) => name switch
    {
        nameof(Reporter) => Reporter,
        nameof(HomeCareHandler) => HomeCareHandler,
        nameof(MunicipalQuality) => MunicipalQuality,
        nameof(MedicineHandler) => MedicineHandler,
        nameof(HospitalQuality) => HospitalQuality,
        nameof(OtherWardHandler) => OtherWardHandler,
        nameof(OtherMunicipalQuality) => OtherMunicipalQuality,
        nameof(CaseReader) => CaseReader,
        nameof(Secretariat) => Secretariat,
        _ => Committee,
    };

    [Theory]
    [MemberData(nameof(SidesByPerson))]
    public void Each_person_acts_for_the_party_of_her_unit_or_partner(string person, DeviationSide[] sides) =>
        Assert.Equal(sides.ToHashSet(), Person(person).SidesFor(Report()));

    [Theory]
    [MemberData(nameof(SidesByPerson))]
    public void A_sent_report_is_read_by_its_parties_and_case_readers_only(string person, DeviationSide[] sides) =>
        Assert.Equal(sides.Length > 0 || person == nameof(CaseReader), Person(person).CanRead(Report()));

    [Fact]
    public void A_draft_is_read_by_its_author_alone()
    {
        var draft = Report(DeviationState.Draft);
        Assert.True(Reporter.CanRead(draft));
        foreach (var other in new[] { HomeCareHandler, MunicipalQuality, MedicineHandler, HospitalQuality, CaseReader, Secretariat, Committee })
        {
            Assert.False(other.CanRead(draft));
        }
    }

    [Fact]
    public void A_report_not_yet_routed_to_a_unit_is_for_the_receiving_partners_quality_contact()
    {
        var unrouted = Report(receivingUnit: null);
        Assert.Equal([DeviationSide.Receiving], HospitalQuality.SidesFor(unrouted));
        Assert.False(MedicineHandler.CanRead(unrouted));
    }

    [Fact]
    public void The_secretariat_and_the_committee_see_statistics_and_de_identified_lists_only()
    {
        Assert.True(Secretariat.CanSeeDeidentifiedList && Committee.CanSeeDeidentifiedList && CaseReader.CanSeeDeidentifiedList);
        Assert.False(Reporter.CanSeeDeidentifiedList || MedicineHandler.CanSeeDeidentifiedList);
        Assert.True(Secretariat.SeesSmallCounts);
        Assert.False(Committee.SeesSmallCounts || CaseReader.SeesSmallCounts);
        Assert.True(MedicineHandler.HandlesAnything && HospitalQuality.HandlesAnything);
        Assert.False(Reporter.HandlesAnything || Secretariat.HandlesAnything);
        Assert.True(HospitalQuality.IsQualityContactOf(Hospital));
        Assert.False(HospitalQuality.IsQualityContactOf(Municipality));
    }

    [Fact]
    public void The_readable_query_agrees_with_can_read_for_every_person_and_report()
    {
        var reports = Enum.GetValues<DeviationState>()
            .SelectMany(state => new[] { Report(state), Report(state, receivingUnit: null), Report(state, receivingUnit: OtherWard) })
            .Append(new DeviationReport { ReporterUserId = "other", ReporterName = "Annen", State = DeviationState.Sent, ReportingPartnerId = OtherMunicipality, ReceivingPartnerId = Municipality })
            .ToList();
        foreach (var (person, _) in SidesByPerson.Select(row => ((string)row[0], row[1])))
        {
            var scope = Person(person);
            Assert.Equal(reports.Where(scope.CanRead), scope.Readable(reports.AsQueryable()));
        }
    }
}
