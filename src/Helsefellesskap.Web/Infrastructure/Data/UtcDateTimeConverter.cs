using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>All instants are stored in UTC; SQLite forgets the kind, so it is restored on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
