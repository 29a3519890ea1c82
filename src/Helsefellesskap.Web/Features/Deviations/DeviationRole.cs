using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// What a person may do with deviation reports beyond her own: handle a unit's reports, be a partner's
/// quality contact, read statistics as the quality committee, or read every case.
/// </summary>
public class DeviationRole : TenantEntity
{
    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public DeviationRoleKind Kind { get; set; }

    /// <summary>The partner of a quality contact.</summary>
    public int? PartnerId { get; set; }

    public Partner? Partner { get; set; }

    /// <summary>The unit of a handler.</summary>
    public int? UnitId { get; set; }

    public ServiceUnit? Unit { get; set; }
}

public enum DeviationRoleKind
{
    /// <summary>Sees and handles reports to and from one unit.</summary>
    UnitHandler,

    /// <summary>Sees all of one partner's reports, routes incoming ones to units, maintains the partner's units.</summary>
    QualityContact,

    /// <summary>The quality committee (FSU): statistics and de-identified lists.</summary>
    StatisticsReader,

    /// <summary>Case access given by the secretariat: reads every report in full.</summary>
    CaseReader,
}
