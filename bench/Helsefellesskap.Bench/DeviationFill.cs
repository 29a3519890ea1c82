using System.Diagnostics;
using System.Globalization;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Helsefellesskap.Bench;

/// <summary>
/// Fills the running app's database with synthetic deviation reports, as Norway would have them: 19 helsefellesskap,
/// <see cref="Years"/> years, one (Vestfold) holding a large share and the others an equal part of the rest. Communities,
/// partners, units and taxonomies go in through the app's context; the reports bypass it (prepared inserts in one
/// transaction on SQLite, binary COPY on PostgreSQL). No case history rows: the dashboard reads the reports alone.
/// </summary>
internal static class DeviationFill
{
    public const int Communities = 19;
    public const int Years = 8;
    public const string LargeCommunity = "vestfold";
    private const int Municipalities = 8;

    /// <summary>What the generator needs of one community: its partners, units and categories.</summary>
    public sealed record Site(int Id, string Slug, int Hospital, int[] MunicipalityIds, Dictionary<int, int[]> Units, (int Id, int[] Subcategories)[] Categories);

    /// <summary>The sites, the number of reports sent per (community, year), and the time the reports took to write.</summary>
    public sealed record Result(IReadOnlyList<Site> Sites, IReadOnlyDictionary<(int CommunityId, int Year), int> PerYear, TimeSpan Elapsed);

    private static readonly (string Name, NpgsqlDbType Type)[] Columns =
    [
        ("CommunityId", NpgsqlDbType.Integer), ("Version", NpgsqlDbType.Integer), ("State", NpgsqlDbType.Varchar), ("Track", NpgsqlDbType.Varchar),
        ("IsComplaint", NpgsqlDbType.Boolean), ("JournalNumber", NpgsqlDbType.Varchar), ("ReporterUserId", NpgsqlDbType.Varchar),
        ("ReporterName", NpgsqlDbType.Varchar), ("ReporterRole", NpgsqlDbType.Varchar), ("ReportingPartnerId", NpgsqlDbType.Integer),
        ("ReportingUnitId", NpgsqlDbType.Integer), ("ReceivingPartnerId", NpgsqlDbType.Integer), ("ReceivingUnitId", NpgsqlDbType.Integer),
        ("Direction", NpgsqlDbType.Varchar), ("EventDate", NpgsqlDbType.Date), ("EventPartOfDay", NpgsqlDbType.Varchar), ("Phase", NpgsqlDbType.Varchar),
        ("CategoryId", NpgsqlDbType.Integer), ("SubcategoryId", NpgsqlDbType.Integer), ("PatientGroup", NpgsqlDbType.Varchar),
        ("Consequence", NpgsqlDbType.Varchar), ("WhatHappened", NpgsqlDbType.Varchar), ("ImmediateAction", NpgsqlDbType.Varchar),
        ("CreatedAtUtc", NpgsqlDbType.TimestampTz), ("SentAtUtc", NpgsqlDbType.TimestampTz), ("AcknowledgeBy", NpgsqlDbType.Date),
        ("AcknowledgedAtUtc", NpgsqlDbType.TimestampTz), ("AnswerBy", NpgsqlDbType.Date), ("AnsweredAtUtc", NpgsqlDbType.TimestampTz),
        ("AcceptedAtUtc", NpgsqlDbType.TimestampTz), ("ClosedAtUtc", NpgsqlDbType.TimestampTz),
    ];

    private static readonly string[] Texts =
    [
        "Utskrevet til hjemmet uten epikrise. Hjemmetjenesten hadde ingen informasjon om endringer i behandlingen eller om videre oppfølging.",
        "Legemiddellisten i epikrisen stemte ikke med det som faktisk var gitt på sykehuset. To legemidler var seponert uten forklaring.",
        "Melding om innlagt pasient ble sendt til feil kommune og ble liggende i flere dager før den ble sendt videre.",
    ];

    private static readonly (string Code, int Weight)[] CategoryWeights =
        [("A", 8), ("B", 6), ("C", 30), ("D", 22), ("E", 12), ("F", 5), ("G", 5), ("H", 2), ("I", 3), ("J", 7)];

    public static async Task<Result> RunAsync(WebServer server, BenchOptions options, CancellationToken ct)
    {
        using var host = BenchHost.Build(server, options.ContentRoot);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sites = await PrepareSitesAsync(db, ct);
        var perYear = new Dictionary<(int, int), int>();
        var rows = Generate(sites, options, perYear);
        var clock = Stopwatch.StartNew();
        var connectionString = server.Settings["Database:ConnectionString"]!;
        if (db.Database.IsSqlite())
        {
            await InsertSqliteAsync(connectionString, rows, ct);
        }
        else
        {
            await CopyPostgresAsync(connectionString, rows, ct);
        }
        return new Result(sites, perYear, clock.Elapsed);
    }

    /// <summary>Makes the communities up to <see cref="Communities"/>, each with a hospital trust, municipalities, units and the taxonomy.</summary>
    private static async Task<List<Site>> PrepareSitesAsync(AppDbContext db, CancellationToken ct)
    {
        var communities = await db.Communities.OrderBy(c => c.Id).ToListAsync(ct);
        for (var n = communities.Count + 1; n <= Communities; n++)
        {
            var community = new Community { Slug = $"benk-{n:00}", Name = $"Helsefellesskap {n:00} (benk)" };
            db.Communities.Add(community);
            communities.Add(community);
        }
        await db.SaveChangesAsync(ct);

        foreach (var community in communities)
        {
            var partners = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == community.Id).ToListAsync(ct);
            if (!partners.Any(p => p.Kind == PartnerKind.HospitalTrust))
            {
                partners.Add(new Partner { CommunityId = community.Id, Name = "Helseforetaket (benk)", Kind = PartnerKind.HospitalTrust });
            }
            if (!partners.Any(p => p.Kind == PartnerKind.Municipality))
            {
                partners.AddRange(Enumerable.Range(1, Municipalities).Select(m => new Partner
                {
                    CommunityId = community.Id,
                    Name = $"Kommune {m} (benk)",
                    Kind = PartnerKind.Municipality,
                    MunicipalityNumber = $"{9100 + m}",
                }));
            }
            db.Partners.AddRange(partners.Where(p => p.Id == 0));
            var withUnits = await db.ServiceUnits.IgnoreQueryFilters().Where(u => u.CommunityId == community.Id).Select(u => u.PartnerId).Distinct().ToListAsync(ct);
            foreach (var partner in partners.Where(p => p.Kind is PartnerKind.HospitalTrust or PartnerKind.Municipality && !withUnits.Contains(p.Id)))
            {
                var count = partner.Kind == PartnerKind.HospitalTrust ? 16 : 6;
                db.ServiceUnits.AddRange(Enumerable.Range(1, count).Select(i =>
                    new ServiceUnit { CommunityId = community.Id, Partner = partner, Name = $"Enhet {i}" }));
            }
            if (!await db.DeviationCategories.IgnoreQueryFilters().AnyAsync(c => c.CommunityId == community.Id, ct))
            {
                db.DeviationCategories.AddRange(StandardTaxonomy.Create(community.Id));
            }
        }
        await db.SaveChangesAsync(ct);

        var sites = new List<Site>();
        foreach (var community in communities)
        {
            var partners = await db.Partners.IgnoreQueryFilters().AsNoTracking().Where(p => p.CommunityId == community.Id).ToListAsync(ct);
            var units = await db.ServiceUnits.IgnoreQueryFilters().AsNoTracking().Where(u => u.CommunityId == community.Id)
                .Select(u => new { u.Id, u.PartnerId }).ToListAsync(ct);
            var categories = await db.DeviationCategories.IgnoreQueryFilters().AsNoTracking().Where(c => c.CommunityId == community.Id)
                .Select(c => new { c.Id, c.Code, c.ParentId }).ToListAsync(ct);
            sites.Add(new Site(
                community.Id,
                community.Slug,
                partners.First(p => p.Kind == PartnerKind.HospitalTrust).Id,
                partners.Where(p => p.Kind == PartnerKind.Municipality).Select(p => p.Id).ToArray(),
                units.GroupBy(u => u.PartnerId).ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToArray()),
                CategoryWeights.Select(w => categories.Single(c => c.Code == w.Code && c.ParentId == null))
                    .Select(c => (c.Id, categories.Where(s => s.ParentId == c.Id).Select(s => s.Id).ToArray())).ToArray()));
        }
        return sites;
    }

    /// <summary>
    /// The reports, deterministic: sent evenly over the years; mostly municipality → hospital; discharge and medicines
    /// most often; acknowledged within days, answered within weeks, closed soon after, so old reports are closed and
    /// recent ones open. Counts what is sent per community and year on the way.
    /// </summary>
    private static IEnumerable<object?[]> Generate(List<Site> sites, BenchOptions options, Dictionary<(int, int), int> perYear)
    {
        var random = new Random(1);
        var large = sites.Single(s => s.Slug == LargeCommunity);
        var others = sites.Where(s => s != large).ToArray();
        var now = DateTime.UtcNow;
        var span = TimeSpan.FromDays(365.25 * Years);
        var journal = new Dictionary<(int, int), int>();
        var categoryTotal = CategoryWeights.Sum(w => w.Weight);
        for (var i = 0; i < options.Reports; i++)
        {
            var site = random.NextDouble() < options.LargeShare ? large : others[random.Next(others.Length)];
            var sent = now - (span * random.NextDouble());
            var year = sent.Year;
            perYear[(site.Id, year)] = perYear.GetValueOrDefault((site.Id, year)) + 1;

            var municipality = site.MunicipalityIds[random.Next(site.MunicipalityIds.Length)];
            var roll = random.NextDouble();
            var (from, to, direction) = roll < 0.95
                ? (municipality, site.Hospital, DeviationDirection.MunicipalityToHospital)
                : roll < 0.99
                    ? (site.Hospital, municipality, DeviationDirection.HospitalToMunicipality)
                    : (municipality, site.MunicipalityIds[(Array.IndexOf(site.MunicipalityIds, municipality) + 1) % site.MunicipalityIds.Length], DeviationDirection.MunicipalityToMunicipality);

            var pick = random.Next(categoryTotal);
            var c = 0;
            while ((pick -= CategoryWeights[c].Weight) >= 0)
            {
                c++;
            }
            var (categoryId, subcategories) = site.Categories[c];

            var consequence = random.Next(100) switch
            {
                < 40 => DeviationConsequence.None,
                < 78 => DeviationConsequence.Minor,
                < 92 => DeviationConsequence.Moderate,
                < 95 => DeviationConsequence.Serious,
                _ => DeviationConsequence.Unknown,
            };
            var complaint = random.Next(50) == 0;
            var formal = complaint || consequence == DeviationConsequence.Serious;
            string? journalNumber = null;
            if (formal)
            {
                var number = journal[(site.Id, year)] = journal.GetValueOrDefault((site.Id, year)) + 1;
                journalNumber = $"{year}/B{number}";
            }

            DateTime? acknowledged = sent.AddDays(0.5 + (random.NextDouble() * 9.5));
            DateTime? answered = acknowledged.Value.AddDays(2 + (random.NextDouble() * 28));
            DateTime? accepted = answered.Value.AddDays(random.NextDouble() * 7);
            DateTime? closed = accepted.Value.AddDays(random.NextDouble() * 3);
            var state = closed < now ? DeviationState.Closed
                : accepted < now ? DeviationState.Accepted
                : answered < now ? DeviationState.Answered
                : acknowledged < now ? DeviationState.BeingHandled
                : DeviationState.Sent;
            acknowledged = acknowledged < now ? acknowledged : null;
            answered = answered < now ? answered : null;
            accepted = accepted < now ? accepted : null;
            closed = closed < now ? closed : null;

            yield return
            [
                site.Id, 0, state.ToString(), (formal ? DeviationTrack.Formal : DeviationTrack.Learning).ToString(),
                complaint, journalNumber, "bench", "Benk Melder", "Sykepleier", from,
                Unit(site, from, random), to, random.Next(4) == 0 ? null : Unit(site, to, random),
                direction.ToString(), DateOnly.FromDateTime(sent.AddDays(-random.Next(0, 7))), ((PartOfDay)random.Next(4)).ToString(),
                ((PathwayPhase)random.Next(6)).ToString(),
                categoryId, subcategories.Length == 0 ? null : subcategories[random.Next(subcategories.Length)],
                ((PatientGroup)random.Next(7)).ToString(), consequence.ToString(),
                Texts[random.Next(Texts.Length)], random.Next(2) == 0 ? null : "Ringte avdelingen og fikk muntlig informasjon.",
                sent.AddMinutes(-10), sent, DateOnly.FromDateTime(sent.AddDays(7)),
                acknowledged, acknowledged is { } ack ? DateOnly.FromDateTime(ack.AddDays(28)) : null, answered, accepted, closed,
            ];
        }
    }

    private static int Unit(Site site, int partner, Random random) => site.Units[partner][random.Next(site.Units[partner].Length)];

    private static async Task InsertSqliteAsync(string connectionString, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            $"INSERT INTO \"DeviationReports\" ({string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static async Task CopyPostgresAsync(string connectionString, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        // Completing the COPY waits for the server to write a million rows and their indexes: no command timeout.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(ct);
        var columns = string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"DeviationReports\" ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(ct);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        await writer.WriteAsync(value, Columns[i].Type, ct);
                    }
                    else
                    {
                        await writer.WriteNullAsync(ct);
                    }
                }
            }
            await writer.CompleteAsync(ct);
        }
        // What autovacuum would soon do on a live database: without statistics the planner guesses.
        await using var analyze = new NpgsqlCommand("ANALYZE \"DeviationReports\"", connection);
        await analyze.ExecuteNonQueryAsync(ct);
    }

    public static string Describe(Result fill, Site site, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{site.Slug}: {fill.PerYear.Where(p => p.Key.CommunityId == site.Id).Sum(p => p.Value):N0} reports in all, {fill.PerYear.GetValueOrDefault((site.Id, year)):N0} sent in {year}");
}
