namespace Helsefellesskap.Web.Features.Meetings.Attendance;

/// <summary>The words of the answer links in the notice e-mail (<c>?svar=kommer</c>, <c>?svar=forfall</c>).</summary>
public static class ResponseWords
{
    public const string QueryKey = "svar";
    public const string Coming = "kommer";
    public const string NotComing = "forfall";

    public static AttendanceResponse? Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        Coming => AttendanceResponse.Coming,
        NotComing => AttendanceResponse.NotComing,
        _ => null,
    };

    public static string? For(AttendanceResponse response) => response switch
    {
        AttendanceResponse.Coming => Coming,
        AttendanceResponse.NotComing => NotComing,
        _ => null,
    };
}
