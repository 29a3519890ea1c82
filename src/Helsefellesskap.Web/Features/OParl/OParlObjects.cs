using System.Text.Json.Serialization;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// The OParl 1.1 objects as they are written (camelCase, empty members left out). Dates and times are strings
/// already formatted by <see cref="OParlTime"/>; embedded objects leave out the reference back to their parent.
/// </summary>
public abstract record OParlObject(
    [property: JsonPropertyOrder(-4)] string Id,
    [property: JsonPropertyOrder(-3)] string Type,
    [property: JsonPropertyOrder(-2)] string Created,
    [property: JsonPropertyOrder(-1)] string Modified);

public sealed record OParlTombstone(string Id, string Type, string Created, string Modified) : OParlObject(Id, Type, Created, Modified)
{
    public bool Deleted => true;
}

public sealed record OParlSystem(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.System, Created, Modified)
{
    public required string OparlVersion { get; init; }
    public required string Body { get; init; }
    public required string Name { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactName { get; init; }
    public string? Website { get; init; }
    public string? Vendor { get; init; }
    public string? Product { get; init; }
    public string? Web { get; init; }
}

public sealed record OParlBody(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Body, Created, Modified)
{
    public required string System { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public string? Website { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactName { get; init; }
    public required string Organization { get; init; }
    public required string Person { get; init; }
    public required string Meeting { get; init; }
    public required string Paper { get; init; }
    public required IReadOnlyList<OParlLegislativeTerm> LegislativeTerm { get; init; }
    public required string AgendaItem { get; init; }
    public required string Consultation { get; init; }
    public required string File { get; init; }
    public required string LocationList { get; init; }
    public required string LegislativeTermList { get; init; }
    public required string Membership { get; init; }
    public string? Classification { get; init; }
    public string? Web { get; init; }
}

public sealed record OParlLegislativeTerm(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.LegislativeTerm, Created, Modified)
{
    public string? Body { get; init; }
    public required string Name { get; init; }
    public required string StartDate { get; init; }
    public required string EndDate { get; init; }
}

public sealed record OParlOrganization(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Organization, Created, Modified)
{
    public required string Body { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public IReadOnlyList<string>? Membership { get; init; }
    public string? Meeting { get; init; }
    public string? SubOrganizationOf { get; init; }
    public required string OrganizationType { get; init; }
    public string? Classification { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? Web { get; init; }
}

public sealed record OParlPerson(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Person, Created, Modified)
{
    public required string Body { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<OParlMembership> Membership { get; init; }
}

public sealed record OParlMembership(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Membership, Created, Modified)
{
    public string? Person { get; init; }
    public required string Organization { get; init; }
    public required string Role { get; init; }
    public bool? VotingRight { get; init; }
    public required string StartDate { get; init; }
    public string? EndDate { get; init; }
    public string? OnBehalfOf { get; init; }
}

public sealed record OParlMeeting(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Meeting, Created, Modified)
{
    public required string Name { get; init; }
    public required string MeetingState { get; init; }
    public required bool Cancelled { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public OParlLocation? Location { get; init; }
    public required IReadOnlyList<string> Organization { get; init; }
    public OParlFile? Invitation { get; init; }
    public OParlFile? ResultsProtocol { get; init; }
    public IReadOnlyList<OParlFile>? AuxiliaryFile { get; init; }
    public IReadOnlyList<OParlAgendaItem>? AgendaItem { get; init; }
    public string? Web { get; init; }
}

public sealed record OParlLocation(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Location, Created, Modified)
{
    public required string Description { get; init; }
    public IReadOnlyList<string>? Meetings { get; init; }
}

public sealed record OParlAgendaItem(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.AgendaItem, Created, Modified)
{
    public string? Meeting { get; init; }
    public string? Number { get; init; }
    public required int Order { get; init; }
    public required string Name { get; init; }
    public required bool Public { get; init; }
    public string? Consultation { get; init; }
    public string? Result { get; init; }
    public string? ResolutionText { get; init; }
    public IReadOnlyList<OParlFile>? AuxiliaryFile { get; init; }
    public string? Web { get; init; }
}

public sealed record OParlPaper(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Paper, Created, Modified)
{
    public required string Body { get; init; }
    public required string Name { get; init; }
    public string? Reference { get; init; }
    public string? Date { get; init; }
    public string? PaperType { get; init; }
    public IReadOnlyList<OParlFile>? AuxiliaryFile { get; init; }
    public IReadOnlyList<string>? OriginatorOrganization { get; init; }
    public required IReadOnlyList<OParlConsultation> Consultation { get; init; }
    public string? Web { get; init; }
}

public sealed record OParlConsultation(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.Consultation, Created, Modified)
{
    public string? Paper { get; init; }
    public required string AgendaItem { get; init; }
    public required string Meeting { get; init; }
    public required IReadOnlyList<string> Organization { get; init; }
    public required bool Authoritative { get; init; }
}

public sealed record OParlFile(string Id, string Created, string Modified) : OParlObject(Id, OParlTypes.File, Created, Modified)
{
    public required string Name { get; init; }
    public required string FileName { get; init; }
    public required string MimeType { get; init; }
    public string? Date { get; init; }
    public long? Size { get; init; }
    public required string AccessUrl { get; init; }
    public required string DownloadUrl { get; init; }
    public IReadOnlyList<string>? Meeting { get; init; }
    public IReadOnlyList<string>? AgendaItem { get; init; }
    public IReadOnlyList<string>? Paper { get; init; }
    public string? Web { get; init; }
}

/// <summary>One page of an external object list (spec section 2.5).</summary>
/// <remarks>Entries are typed <see cref="object"/> so each is written with all the members of its own type.</remarks>
public sealed record OParlListPage(IReadOnlyList<object> Data, OParlPagination Pagination, OParlLinks Links);

public sealed record OParlPagination(int TotalElements, int ElementsPerPage, int CurrentPage, int TotalPages);

public sealed record OParlLinks(string First, string? Prev, string Self, string? Next, string Last);

public static class OParlTypes
{
    public const string Version = "https://schema.oparl.org/1.1/";
    public const string System = Version + "System";
    public const string Body = Version + "Body";
    public const string LegislativeTerm = Version + "LegislativeTerm";
    public const string Organization = Version + "Organization";
    public const string Person = Version + "Person";
    public const string Membership = Version + "Membership";
    public const string Meeting = Version + "Meeting";
    public const string AgendaItem = Version + "AgendaItem";
    public const string Paper = Version + "Paper";
    public const string Consultation = Version + "Consultation";
    public const string File = Version + "File";
    public const string Location = Version + "Location";
}
