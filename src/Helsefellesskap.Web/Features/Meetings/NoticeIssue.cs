using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Meetings;

/// <summary>One issue of a meeting's notice, with the documents as they were sent. Revision 2 and up are revised notices.</summary>
public class NoticeIssue : TenantEntity
{
    public int MeetingId { get; set; }

    public int Revision { get; set; }

    public DateTime IssuedAtUtc { get; set; }

    [MaxLength(200)]
    public required string IssuedBy { get; set; }

    /// <summary>What changed since the previous issue (revised notices).</summary>
    [MaxLength(2000)]
    public string? ChangeNote { get; set; }

    [MaxLength(200)]
    public required string NoticePdfKey { get; set; }

    [MaxLength(200)]
    public required string NoticeDocxKey { get; set; }

    [MaxLength(200)]
    public required string MeetingBookKey { get; set; }

    public int RecipientCount { get; set; }
}

/// <summary>A comment on circulated minutes.</summary>
public class MinutesComment : TenantEntity
{
    public int MeetingId { get; set; }

    public int? AgendaItemId { get; set; }

    [MaxLength(200)]
    public required string AuthorName { get; set; }

    [MaxLength(4000)]
    public required string Text { get; set; }

}
