using System.Globalization;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static Helsefellesskap.Web.Features.Bodies.BodyType;
using static Helsefellesskap.Web.Features.Memberships.MembershipRole;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>Configuration section <c>Demo</c>: whether to fill an empty database with demo data.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}

/// <summary>The sign-in accounts the demo data creates. All share one password.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-passord-2026";

    /// <summary>Base32 authenticator key used by every demo administrator.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public const string VestfoldAdministrator = "sekretariat@vestfold.demo";

    public const string VestfoldMember = "medlem@vestfold.demo";

    public const string VestfoldStaff = "ansatt@vestfold.demo";

    /// <summary>Quality contact of Sykehuset i Vestfold: receives and routes deviation reports.</summary>
    public const string VestfoldHospitalQuality = "kvalitet.siv@vestfold.demo";

    /// <summary>Quality contact of Tønsberg kommune.</summary>
    public const string VestfoldMunicipalQuality = "kvalitet.tonsberg@vestfold.demo";

    public const string VestreVikenAdministrator = "sekretariat@vestreviken.demo";

    public const string PlatformAdministrator = "plattform@helsefellesskap.demo";

    public const string TwoCommunities = "flere@helsefellesskap.demo";
}

public static class DemoDataExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        return services;
    }

    /// <summary>Seeds both demo communities and the demo accounts, once, when <see cref="DemoOptions.Enabled"/> is set.</summary>
    public static async Task SeedDemoDataIfEnabledAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (!provider.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            return;
        }
        var db = provider.GetRequiredService<AppDbContext>();
        if (await db.Communities.AnyAsync(c => c.Slug == VestfoldDemo.Slug))
        {
            return;
        }
        var seeder = new DemoSeeder(db, provider.GetRequiredService<UserManager<ApplicationUser>>(), provider.GetRequiredService<TimeProvider>(), provider);
        await seeder.SeedAsync();
    }
}

internal sealed record DemoPartner(
    string Key, string Name, PartnerKind Kind, string Domain,
    string? MunicipalityNumber = null, string? OrganisationNumber = null, string? Description = null);

internal sealed record DemoBody(
    string ShortName, string Name, BodyType Type, string? Parent, string From, string? To, string Rhythm, string Description);

/// <summary>A person; <paramref name="Partner"/> is the partner key they represent (and, unless overridden, their employer).</summary>
internal sealed record DemoPerson(string Name, string Title, string Partner, string? Employer = null);

internal sealed record DemoSeat(string Person, MembershipRole Role, string From, string? To = null, string? Note = null);

internal sealed record DemoMandate(string Body, int Number, string AdoptedOn, string AdoptedIn, string Text);

/// <summary>One demo community; <c>Meetings</c>, <c>Deviations</c> and <c>Agreements</c>, if set, write their records once the register is saved.</summary>
internal sealed record DemoCommunity(
    string Slug, string Name, string Description, int PhoneSeed,
    DemoPartner[] Partners, DemoBody[] Bodies, DemoPerson[] People,
    (string Body, DemoSeat[] Seats)[] Seats, DemoMandate[] Mandates,
    Func<DemoRegister, Task>? Meetings = null,
    Func<DemoRegister, Task>? Deviations = null,
    Func<DemoRegister, Task>? Agreements = null);

internal sealed record DemoGrant(string Slug, CommunityRole Role, string? Person = null);

internal sealed record DemoAccount(string Email, string DisplayName, DemoGrant[] Grants, bool Platform = false)
{
    public bool IsAdministrator => Platform || Grants.Any(g => g.Role == CommunityRole.Administrator);
}

/// <summary>
/// Writes the demo data. There is no tenant while seeding, so every tenant entity gets its community id
/// explicitly, and records are linked through navigation properties rather than queried back.
/// </summary>
internal sealed class DemoSeeder(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, IServiceProvider services)
{
    private static readonly DemoAccount[] Accounts =
    [
        new(DemoAccounts.VestfoldAdministrator, "Siri Alme Grønvold",
            [new(VestfoldDemo.Slug, CommunityRole.Administrator, "Siri Alme Grønvold")]),
        new(DemoAccounts.VestfoldMember, "Marianne Kjos Lie",
            [new(VestfoldDemo.Slug, CommunityRole.BodyMember, "Marianne Kjos Lie")]),
        new(DemoAccounts.VestfoldStaff, VestfoldDeviations.Nurse, [new(VestfoldDemo.Slug, CommunityRole.PartnerStaff, VestfoldDeviations.Nurse)]),
        new(DemoAccounts.VestfoldHospitalQuality, VestfoldDeviations.HospitalQualityContact,
            [new(VestfoldDemo.Slug, CommunityRole.PartnerStaff, VestfoldDeviations.HospitalQualityContact)]),
        new(DemoAccounts.VestfoldMunicipalQuality, VestfoldDeviations.TonsbergQualityContact,
            [new(VestfoldDemo.Slug, CommunityRole.PartnerStaff, VestfoldDeviations.TonsbergQualityContact)]),
        new(DemoAccounts.VestreVikenAdministrator, "Mathias Ødegård",
            [new(VestreVikenDemo.Slug, CommunityRole.Administrator, "Mathias Ødegård")]),
        new(DemoAccounts.PlatformAdministrator, "Plattformadministrator", [], Platform: true),
        new(DemoAccounts.TwoCommunities, "Håkon Lunde",
            [new(VestfoldDemo.Slug, CommunityRole.PartnerStaff), new(VestreVikenDemo.Slug, CommunityRole.PartnerStaff)]),
    ];

    public async Task SeedAsync()
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var accounts = new Dictionary<string, ApplicationUser>();
        foreach (var account in Accounts)
        {
            accounts[account.Email] = await CreateUserAsync(account);
        }
        await SeedCommunityAsync(VestfoldDemo.Build(), accounts);
        await SeedCommunityAsync(VestreVikenDemo.Build(), accounts);
        await transaction.CommitAsync();
    }

    private async Task<ApplicationUser> CreateUserAsync(DemoAccount account)
    {
        if (await users.FindByEmailAsync(account.Email) is { } existing)
        {
            return existing;
        }
        var user = new ApplicationUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            IsPlatformAdministrator = account.Platform,
        };
        Check(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
        if (account.IsAdministrator)
        {
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAccounts.AuthenticatorKey), account.Email);
            Check(await users.SetTwoFactorEnabledAsync(user, true), account.Email);
        }
        return user;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task SeedCommunityAsync(DemoCommunity data, Dictionary<string, ApplicationUser> accounts)
    {
        var community = new Community { Slug = data.Slug, Name = data.Name, Description = data.Description };
        db.Communities.Add(community);
        await db.SaveChangesAsync(); // the tenant entities below need its id
        var communityId = community.Id;

        var partners = data.Partners.ToDictionary(p => p.Key, p => new Partner
        {
            CommunityId = communityId,
            Name = p.Name,
            Kind = p.Kind,
            MunicipalityNumber = p.MunicipalityNumber,
            OrganisationNumber = p.OrganisationNumber,
            Description = p.Description,
        });
        var domains = data.Partners.ToDictionary(p => p.Key, p => p.Domain);

        var bodies = new Dictionary<string, Body>();
        foreach (var b in data.Bodies) // parents are listed before their children
        {
            bodies.Add(b.ShortName, new Body
            {
                CommunityId = communityId,
                Name = b.Name,
                ShortName = b.ShortName,
                Type = b.Type,
                ParentBody = b.Parent is null ? null : Lookup(bodies, b.Parent, "body"),
                ActiveFrom = Date(b.From),
                ActiveTo = b.To is null ? null : Date(b.To),
                MeetingRhythm = b.Rhythm,
                Description = b.Description,
            });
        }

        var phones = new Random(data.PhoneSeed);
        var people = new Dictionary<string, (Person Person, Partner Partner)>();
        foreach (var p in data.People)
        {
            var partner = Lookup(partners, p.Partner, "partner");
            var person = new Person
            {
                CommunityId = communityId,
                Name = p.Name,
                Title = p.Title,
                Employer = p.Employer ?? partner.Name,
                Email = $"{EmailLocalPart(p.Name)}@{domains[p.Partner]}",
                Phone = $"+47 9{phones.Next(10)}{phones.Next(10)} {phones.Next(10, 100)} {phones.Next(100, 1000)}",
            };
            people.Add(p.Name, (person, partner));
        }

        var mandates = data.Mandates.Select(m => new MandateVersion
        {
            CommunityId = communityId,
            Body = Lookup(bodies, m.Body, "body"),
            Number = m.Number,
            Text = m.Text,
            AdoptedOn = Date(m.AdoptedOn),
            AdoptedIn = m.AdoptedIn,
        });

        var memberships = (
            from entry in data.Seats
            from seat in entry.Seats
            let holder = Lookup(people, seat.Person, "person")
            select new Membership
            {
                CommunityId = communityId,
                Body = Lookup(bodies, entry.Body, "body"),
                Person = holder.Person,
                Role = seat.Role,
                // The secretariat serves the whole community and represents no single partner.
                Partner = seat.Role is Secretariat or MinuteTaker ? null : holder.Partner,
                From = Date(seat.From),
                To = seat.To is null ? null : Date(seat.To),
                Note = seat.Note,
            }).ToList();

        var grants = new List<CommunityAccess>();
        foreach (var account in Accounts)
        {
            foreach (var grant in account.Grants.Where(g => g.Slug == data.Slug))
            {
                var user = accounts[account.Email];
                grants.Add(new CommunityAccess { CommunityId = communityId, UserId = user.Id, Role = grant.Role });
                if (grant.Person is not null)
                {
                    Lookup(people, grant.Person, "person").Person.UserId = user.Id;
                }
            }
        }

        db.Partners.AddRange(partners.Values);
        db.Bodies.AddRange(bodies.Values);
        db.People.AddRange(people.Values.Select(p => p.Person));
        db.MandateVersions.AddRange(mandates);
        db.Memberships.AddRange(memberships);
        db.CommunityAccesses.AddRange(grants);
        await db.SaveChangesAsync();

        var register = new DemoRegister(
            db, communityId, partners, bodies, people.ToDictionary(p => p.Key, p => p.Value.Person), memberships, OsloTime.Today(clock), services);
        if (data.Meetings is { } seedMeetings)
        {
            await seedMeetings(register);
        }
        if (data.Deviations is { } seedDeviations)
        {
            await seedDeviations(register);
        }
        if (data.Agreements is { } seedAgreements)
        {
            await seedAgreements(register);
        }
    }

    private static T Lookup<T>(Dictionary<string, T> items, string key, string kind) =>
        items.TryGetValue(key, out var item) ? item : throw new InvalidOperationException($"Demo data: unknown {kind} '{key}'.");

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Hanne Lunde Rød" becomes "hanne.rod".</summary>
    private static string EmailLocalPart(string name)
    {
        var parts = name.Split(' ');
        return $"{DemoText.Ascii(parts[0])}.{DemoText.Ascii(parts[^1])}";
    }
}

/// <summary>Small helpers shared by the two communities' data.</summary>
internal static class DemoText
{
    /// <summary>Lower-case ASCII for e-mail addresses and domains: "Nore og Uvdal" becomes "nore-og-uvdal".</summary>
    public static string Ascii(string value) =>
        value.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "o").Replace("å", "a").Replace("é", "e").Replace(' ', '-');

    public static DemoPartner[] Municipalities(params (string Name, string Number)[] municipalities) =>
        municipalities
            .Select(m => new DemoPartner(m.Name, $"{m.Name} kommune", PartnerKind.Municipality, $"{Ascii(m.Name)}.kommune.example", MunicipalityNumber: m.Number))
            .ToArray();

    /// <summary>Seats that share one period, e.g. a working group whose members all started and ended together.</summary>
    public static DemoSeat[] Period(string from, string? to, params (string Person, MembershipRole Role)[] seats) =>
        seats.Select(s => new DemoSeat(s.Person, s.Role, from, to)).ToArray();

    /// <summary>A mandate in Markdown with the standard headings.</summary>
    public static string Mandate(string purpose, string[] tasks, string[] composition, string meetings, string reporting) =>
        $"""
        ## Formål

        {purpose}

        ## Oppgaver

        {Bullets(tasks)}

        ## Sammensetning

        {Bullets(composition)}

        ## Møtefrekvens

        {meetings}

        ## Rapportering

        {reporting}
        """;

    private static string Bullets(string[] items) => string.Join('\n', items.Select(item => $"- {item}"));
}

/// <summary>Helsefellesskapet i Vestfold: Sykehuset i Vestfold HF and six municipalities, with the full body structure.</summary>
internal static class VestfoldDemo
{
    public const string Slug = "vestfold";

    public static DemoCommunity Build() => new(
        Slug,
        "Helsefellesskapet i Vestfold",
        "Helsefellesskapet i Vestfold er samarbeidet mellom de seks Vestfold-kommunene og Sykehuset i Vestfold HF, "
        + "sammen med brukerrepresentanter, fastleger og tillitsvalgte. Helsefellesskapet er organisert i partnerskapsmøte, "
        + "strategisk samarbeidsutvalg og faglig samarbeidsutvalg, med fagutvalg, arbeidsgrupper og prosjekter under.",
        PhoneSeed: 3900,
        Partners(),
        Bodies(),
        People(),
        Seats(),
        Mandates(),
        VestfoldMeetings.SeedAsync,
        VestfoldDeviations.SeedAsync,
        VestfoldAgreements.SeedAsync);

    private static DemoPartner[] Partners() =>
    [
        new("SiV", "Sykehuset i Vestfold HF", PartnerKind.HospitalTrust, "siv.example",
            OrganisationNumber: "983975259", Description: "Helseforetaket for Vestfold, eid av Helse Sør-Øst RHF."),
        .. DemoText.Municipalities(
            ("Horten", "3901"), ("Holmestrand", "3903"), ("Tønsberg", "3905"),
            ("Sandefjord", "3907"), ("Larvik", "3909"), ("Færder", "3911")),
        new("Fastleger", "Fastlegene i Vestfold", PartnerKind.GeneralPractitioners, "fastlegene-vestfold.example",
            Description: "Fastlegerepresentanter valgt av fastlegene, og samhandlingslegene (tidligere PKO)."),
        new("Brukere", "Brukerrepresentanter", PartnerKind.UserRepresentatives, "brukerrepresentanter-vestfold.example",
            Description: "Brukerutvalget ved Sykehuset i Vestfold og brukerorganisasjonene."),
        new("Tillitsvalgte", "Tillitsvalgte", PartnerKind.EmployeeRepresentatives, "tillitsvalgte-vestfold.example",
            Description: "Tillitsvalgte fra Norsk Sykepleierforbund og Den norske legeforening."),
        new("Statsforvalteren", "Statsforvalteren i Vestfold og Telemark", PartnerKind.Observer, "statsforvalteren.example"),
        new("KS", "KS Vestfold", PartnerKind.Observer, "ks.example"),
        new("USN", "Universitetet i Sørøst-Norge", PartnerKind.Observer, "usn.example"),
    ];

    private static DemoBody[] Bodies() =>
    [
        new("PM", "Partnerskapsmøte", PartnershipMeeting, null, "2021-01-01", null, "1–2 møter i året",
            "Helsefellesskapets øverste organ med politisk og administrativ ledelse i kommunene og sykehuset. "
            + "Gir retning, vedtar handlingsplaner og godkjenner avtalestrukturen."),
        new("SSU", "Strategisk samarbeidsutvalg", StrategicCommittee, "PM", "2021-01-01", null, "4–6 møter i året",
            "Administrativ og faglig ledelse i kommunene og sykehuset. Utvikler strategier og handlingsplaner, "
            + "prioriterer og oppnevner FSU, fagutvalg og arbeidsgrupper."),
        new("AU", "Arbeidsutvalg for SSU", WorkingCommittee, "SSU", "2021-01-01", null, "Ett møte før hvert SSU-møte",
            "Forbereder saksliste og innkalling til SSU og følger opp vedtak mellom møtene."),
        new("FSU-KT", "Faglig samarbeidsutvalg for kvalitet og tjenesteutvikling", ProfessionalCommittee, "SSU", "2021-01-01", "2023-08-31",
            "4 møter i året", "Erstattet av Faglig samarbeidsutvalg (FSU) fra september 2023, jf. SSU-sak 2022.37."),
        new("FSU", "Faglig samarbeidsutvalg", ProfessionalCommittee, "SSU", "2023-09-01", null, "4 møter i året",
            "Rådgivende organ for SSU i helsefaglige spørsmål. Fagutvalg, arbeidsgrupper og prosjekter rapporterer hit, "
            + "unntatt Fagutvalg for HR-samarbeid. FSU avgjør hvilke saker som løftes til SSU."),
        new("FU-AK", "Fagutvalg for akuttkjeden", SubCommittee, "FSU", "2022-09-01", null, "4 møter i året",
            "Het «Faglig samarbeidsutvalg for akuttkjeden» fram til august 2023. Arbeider med tiltak som kan redusere "
            + "unødvendige innleggelser, blant annet mobil røntgen og bruk av øyeblikkelig hjelp døgnopphold (ØHD)."),
        new("FU-HR", "Fagutvalg for HR-samarbeid", SubCommittee, "SSU", "2023-10-01", null, "Ved behov, minst 2 møter i året",
            "HR-ansvarlige i kommunene og sykehuset samarbeider om å rekruttere og beholde helsepersonell. Rapporterer direkte til SSU."),
        new("FU-FL", "Fagutvalg for fastlegetjenesten", SubCommittee, "FSU", "2024-01-15", null, "Ved behov, minst 2 møter i året",
            "Opprettet etter vedtak i SSU i november 2023. Skal fremme stabilitet, kompetanse, kvalitet og god ressursutnyttelse i fastlegeordningen."),
        new("FU-BUF", "Fagutvalg for barn, unge og familier", SubCommittee, "FSU", "2024-09-01", null, "4 møter i året",
            "Samarbeid om tjenester til barn og unge med sammensatte behov som får tjenester fra begge forvaltningsnivåene."),
        new("SF-PHR", "Samhandlingsforum for ledere i psykisk helse og rus", CollaborationForum, "FSU", "2024-04-25", null,
            "2 faste møter hvert halvår", "Virksomhetsledere i kommunene og avdelingssjefer i Klinikk psykisk helse og avhengighet. "
            + "Visjon: «skulder ved skulder»."),
        new("AG-SAV", "Arbeidsgruppe for samhandlingsavvik", WorkingGroup, "FSU", "2023-03-01", "2025-06-30", "Månedlig",
            "Nedsatt etter SSU-sak 2022.40. Gikk gjennom dagens rutiner for samhandlingsavvik og innførte de første forbedringstiltakene i januar 2024."),
        new("AG-AVT", "Arbeidsgruppe for revisjon av samarbeidsavtalene", WorkingGroup, "FSU", "2022-11-01", "2024-12-31",
            "Hver 14. dag i perioder", "Reviderte avtalestrukturen etter partnerskapsmøtet 7. oktober 2022: overordnet samarbeidsavtale "
            + "og delavtaler om beredskap, helhetlige pasientforløp og kompetanse, utdanning og forskning."),
        new("AG-BER", "Arbeidsgruppe for revisjon av delavtale om beredskap", WorkingGroup, "SSU", "2024-10-15", null, "Månedlig",
            "Oppfølging av SSU-sak 2024.17 og 2024.28: gjeldende delavtale om beredskap innfrir ikke kravene i Helsedirektoratets "
            + "veileder for samarbeidsavtaler."),
        new("AG-SPF", "Arbeidsgruppe for barn og unge med spiseforstyrrelser", WorkingGroup, "FSU", "2022-03-01", "2023-12-31", "Månedlig",
            "Gikk gjennom utredning og oppfølging i kommunene og BUPA med utgangspunkt i nasjonalt pasientforløp. Rapport levert januar 2024."),
        new("AG-PHR", "Arbeidsgruppe for pasienter med langvarig psykisk lidelse og rusavhengighet", WorkingGroup, "SSU",
            "2023-01-15", "2024-01-31", "Månedlig", "Samarbeid, ansvars- og oppgavefordeling for pasienter med og uten tvang. "
            + "Anbefalte å etablere et samhandlingsforum for ledere i psykisk helse og rus."),
        new("AG-KREFT", "Arbeidsgruppe pasientforløp «Hjem for pasienter med kreft»", WorkingGroup, "FSU", "2022-06-01", "2024-10-31",
            "Ved behov", "Knytter kommunenes og sykehusets arbeid sammen til et helhetlig forløp etter det nasjonale pasientforløpet."),
        new("AG-REH", "Arbeidsgruppe for rehabilitering", WorkingGroup, "FSU", "2024-06-15", null, "Månedlig",
            "Nedsatt i SSU-sak 2024.16 for å kartlegge samarbeidet innen rehabilitering i kommunene og sykehuset."),
        new("AG-USK", "Arbeidsgruppe for utskrivningsklare pasienter", WorkingGroup, "FSU", "2024-06-01", null, "Månedlig",
            "Følger opp delavtalen om utskrivningsklare pasienter, jf. SSU-sak 2024.29."),
        new("VITALITY", "Vitality – integrerte helsetjenester for skrøpelige eldre", Project, "SSU", "2021-01-01", null,
            "Styringsgruppemøte 4 ganger i året", "Tverrfaglige, integrerte team for skrøpelige eldre etter utskrivning. Pilot i Larvik 2022, "
            + "deretter Sandefjord, Horten, Holmestrand og Færder; oppstart i Tønsberg høsten 2024."),
        new("UNG-ARENA", "Ung Arena+ Vestfold", Project, "SSU", "2021-01-01", null, "SSU er styringsgruppe",
            "Integrert tjenestetilbud for ungdom og unge voksne 13–25 år i samarbeid mellom Tønsberg kommune og SiV. "
            + "Tilbudet åpnet i Tønsberg 5. mars 2024."),
        new("DHO", "Digital hjemmeoppfølging", Project, "FSU", "2022-09-27", "2024-12-31", "Månedlig",
            "Spredningsprosjekt med Larvik kommune som pilot, for en bærekraftig modell for digital hjemmeoppfølging."),
    ];

    private static DemoPerson[] People() =>
    [
        // Municipal health leaders
        new("Camilla Øvrebø", "Kommunalsjef helse og velferd", "Larvik"),
        new("Marianne Kjos Lie", "Kommunalsjef helse og omsorg", "Horten"),
        new("Gunnhild Ramberg", "Kommunalsjef helse og omsorg", "Horten"),
        new("Terje Skaug", "Kommunalsjef helse og velferd", "Holmestrand"),
        new("Arne Solberg", "Kommunalsjef helse og velferd", "Holmestrand"),
        new("Hilde Marie Sunde", "Kommunaldirektør helse og velferd", "Tønsberg"),
        new("Øystein Ravnå", "Kommunalsjef helse og omsorg", "Sandefjord"),
        new("Lars Tobias Wiik", "Virksomhetsleder helse og omsorg", "Sandefjord"),
        new("Ragnhild Tveter", "Kommunalsjef helse og mestring", "Færder"),
        // Hospital leaders
        new("Torunn Hagen Dahl", "Klinikksjef, Prehospital klinikk, og samhandlingssjef", "SiV"),
        new("Knut Eirik Solheim", "Klinikksjef, Medisinsk klinikk", "SiV"),
        new("Ingrid Fjeldstad", "Klinikksjef, Klinikk psykisk helse og avhengighet", "SiV"),
        new("Olav Tjelta", "Klinikksjef, Klinikk psykisk helse og avhengighet", "SiV"),
        new("Per Arne Moen", "Klinikksjef, Kirurgisk klinikk", "SiV"),
        new("Sigrid Nyhus", "Klinikksjef, Klinikk fysikalsk medisin og rehabilitering", "SiV"),
        new("Harald Strøm", "Styreleder", "SiV"),
        new("Liv Marit Berge", "Administrerende direktør", "SiV"),
        // General practitioners
        new("Anders Lyngstad", "Fastlege, Larvik", "Fastleger"),
        new("Sverre Nakkim", "Fastlege, Tønsberg", "Fastleger"),
        new("Mona Vestby", "Samhandlingslege (tidligere PKO)", "Fastleger", "Sykehuset i Vestfold HF"),
        new("Nina Hasle", "Fastlege, Sandefjord", "Fastleger"),
        new("Kristine Aarvik", "Fastlege, Tønsberg", "Fastleger"),
        new("Øyvind Sletten", "Fastlege, Færder", "Fastleger"),
        new("Karoline Fossum", "Fastlege, Holmestrand", "Fastleger"),
        // User representatives
        new("Tor Inge Bjerke", "Brukerrepresentant, leder av brukerutvalget ved SiV", "Brukere"),
        new("Eva Marie Lund", "Brukerrepresentant, FFO Vestfold", "Brukere"),
        new("Aud Hovland", "Brukerrepresentant, FFO Vestfold", "Brukere"),
        new("Grete Opsahl", "Brukerrepresentant, Mental Helse Vestfold", "Brukere"),
        new("Rolf Tangen", "Brukerrepresentant, Pensjonistforbundet Vestfold", "Brukere"),
        new("Ingvild Borge", "Brukerrepresentant, Mental Helse Ungdom", "Brukere"),
        // Employee representatives and observers
        new("Kjetil Sandvold", "Hovedtillitsvalgt, Norsk Sykepleierforbund", "Tillitsvalgte"),
        new("Linda Brekke", "Foretakstillitsvalgt, Den norske legeforening", "Tillitsvalgte"),
        new("Helge Kvamme", "Fylkeslege", "Statsforvalteren"),
        new("Berit Aasen", "Seniorrådgiver helse og velferd", "KS"),
        new("Jorunn Hem", "Instituttleder, Institutt for sykepleie- og helsevitenskap", "USN"),
        // Deviation reporting and handling
        new(VestfoldDeviations.Nurse, "Sykepleier, hjemmetjenesten", "Tønsberg"),
        new(VestfoldDeviations.HospitalQualityContact, "Kvalitetsrådgiver, samhandlingsavvik", "SiV"),
        new(VestfoldDeviations.TonsbergQualityContact, "Kvalitetsrådgiver, helse og omsorg", "Tønsberg"),
        // Secretariat
        new("Siri Alme Grønvold", "Samhandlingskoordinator for kommunene", "Færder"),
        new("Jon Erik Fosse", "Avdelingssjef samhandling", "SiV"),
        new("Henrik Moe", "Samhandlingsrådgiver", "SiV"),
        new("Mari Haugen Strand", "Rådgiver samhandling", "SiV"),
        // Mayors and chief executives
        new("Kari Anne Holt", "Ordfører", "Horten"),
        new("Rolf Enger", "Ordfører", "Horten"),
        new("Trond Lien Aas", "Kommunedirektør", "Horten"),
        new("Bjørn Egil Nyland", "Ordfører", "Holmestrand"),
        new("Wenche Grini", "Kommunedirektør", "Holmestrand"),
        new("Stian Mørk", "Ordfører", "Tønsberg"),
        new("Anita Krog", "Ordfører", "Tønsberg"),
        new("Kjell Arne Torp", "Kommunedirektør", "Tønsberg"),
        new("Ellen Vold Sørby", "Ordfører", "Sandefjord"),
        new("Hanne Kolstad", "Kommunedirektør", "Sandefjord"),
        new("Jørn Hovde", "Ordfører", "Larvik"),
        new("Sveinung Myhre", "Kommunedirektør", "Larvik"),
        new("Marte Haug Bekkevold", "Ordfører", "Færder"),
        new("Geir Haugerud", "Ordfører", "Færder"),
        new("Åse Kirkerud", "Kommunedirektør", "Færder"),
        new("Nils Petter Hval", "Kommunedirektør", "Færder"),
        // Professional leaders
        new("Randi Eikeland", "Kommuneoverlege", "Tønsberg"),
        new("Thomas Bergan", "Avdelingssjef, Medisinsk klinikk", "SiV"),
        new("Elisabeth Rønneberg", "Virksomhetsleder hjemmetjenesten", "Horten"),
        new("Kristoffer Dale", "Enhetsleder helse og mestring", "Holmestrand"),
        new("Trine Moland", "Fagsjef helse og omsorg", "Sandefjord"),
        new("Bodil Skarstein", "Kvalitetsrådgiver helse og omsorg", "Sandefjord"),
        new("Ole Martin Fjære", "Kommuneoverlege", "Larvik"),
        new("Hege Bjørnstad", "Virksomhetsleder helse og mestring", "Færder"),
        new("Marit Eggen", "Fagsjef, Klinikk psykisk helse og avhengighet", "SiV"),
        new("Yngve Holm", "Seksjonsleder, Analyseavdelingen", "SiV"),
        new("Astrid Lauvrak", "Avdelingssjef, Barne- og ungdomspsykiatrisk avdeling (BUPA)", "SiV"),
        new("Solveig Krogh", "Leder, Utviklingssenteret for sykehjem og hjemmetjenester (USHT) Vestfold", "Tønsberg"),
        new("Vegard Thue", "Redaktør, Kompetansebroen", "SiV"),
        // Acute care chain
        new("Torstein Mathisen", "Avdelingssjef, Akuttsenteret", "SiV"),
        new("Hanne Lunde Rød", "Legevaktsjef, Tønsberg interkommunale legevakt", "Tønsberg"),
        new("Eirik Grav", "Avdelingssjef, Akuttmottaket", "SiV"),
        new("Lise Aamodt", "Leder, Larvik legevakt", "Larvik"),
        new("Petter Kvam", "Fagsjef, Ambulanseavdelingen", "SiV"),
        new("Anette Solvang", "Enhetsleder, Sandefjord helsehus", "Sandefjord"),
        new("Jan Olav Rustad", "Kommuneoverlege", "Horten"),
        // HR
        new("Gro Vatne", "HR-direktør", "SiV"),
        new("Morten Liabø", "HR-sjef", "Tønsberg"),
        new("Ida Kristiansen", "Personalsjef", "Sandefjord"),
        new("Anniken Berg", "HR-sjef", "Larvik"),
        new("Sindre Holte", "HR-rådgiver", "Horten"),
        new("Lene Sørum", "Organisasjonssjef", "Færder"),
        new("Vibeke Kiil", "Personalsjef", "Holmestrand"),
        // General practice, children and young people, mental health
        new("Håvard Lien", "Samhandlingslege", "SiV"),
        new("Line Kjær", "Virksomhetsleder legetjenester", "Sandefjord"),
        new("Bjarte Nesse", "Kommuneoverlege", "Holmestrand"),
        new("Cecilie Thorsen", "Avdelingssjef, Kirurgisk klinikk", "SiV"),
        new("Maren Tollefsen", "Virksomhetsleder helsestasjon og skolehelsetjeneste", "Tønsberg"),
        new("Sunniva Halvorsen", "Leder, Familiens hus", "Larvik"),
        new("Petra Nygaard", "Enhetsleder barn og unge", "Horten"),
        new("Jonas Hegg", "Barnevernsleder", "Sandefjord"),
        new("Kaja Strømsnes", "Psykologspesialist, BUPA", "SiV"),
        new("Hanne Sofie Wold", "Virksomhetsleder psykisk helse og rus", "Færder"),
        new("Tone Vennesland", "Virksomhetsleder psykisk helse og rus", "Horten"),
        new("Frank Ove Lid", "Virksomhetsleder psykisk helse og avhengighet", "Holmestrand"),
        new("Anja Kristoffersen", "Virksomhetsleder psykisk helse og rus", "Tønsberg"),
        new("Stig Engebretsen", "Virksomhetsleder psykisk helse og rus", "Sandefjord"),
        new("Mette Løvli", "Virksomhetsleder psykisk helse og rus", "Larvik"),
        new("Rune Hovda", "Avdelingssjef, DPS Vestfold", "SiV"),
        new("Heidi Kolle", "Avdelingssjef, Avdeling for rus og avhengighet", "SiV"),
        // Working groups and projects
        new("Kari Ellingsen", "Kvalitetsrådgiver", "SiV"),
        new("Gunn Rasmussen", "Kvalitetsleder helse og velferd", "Tønsberg"),
        new("Ketil Aune", "Kommuneadvokat", "Sandefjord"),
        new("Wenche Lier", "Juridisk rådgiver", "SiV"),
        new("Geir Olav Brenden", "Beredskapssjef", "SiV"),
        new("Svein Tore Ask", "Beredskapskoordinator", "Tønsberg"),
        new("Ingunn Holter", "Beredskapsrådgiver", "Færder"),
        new("Ane Lystad", "Klinisk ernæringsfysiolog", "SiV"),
        new("Birgitte Haug", "Helsesykepleier", "Sandefjord"),
        new("Nora Sandberg", "Kreftkoordinator", "Larvik"),
        new("Ellen Kvisle", "Avdelingssjef, Senter for kreft og blodsykdommer", "SiV"),
        new("Åsmund Tveit", "Overlege, palliativt team", "SiV"),
        new("Solfrid Myklebust", "Kreftsykepleier", "Horten"),
        new("Kjersti Ulvestad", "Fagleder rehabilitering", "Tønsberg"),
        new("Magnus Bø", "Avdelingssjef, Klinikk fysikalsk medisin og rehabilitering", "SiV"),
        new("Hilde Grøtterud", "Virksomhetsleder rehabilitering", "Holmestrand"),
        new("Cathrine Fosli", "Prosjektleder Vitality", "SiV"),
        new("Silje Wangberg", "Prosjektleder Vitality", "SiV"),
        new("Ragnar Hole", "Avdelingssjef, Geriatrisk avdeling", "SiV"),
        new("Trude Bakken", "Virksomhetsleder hjemmetjenesten", "Larvik"),
        new("Marius Hjelmeland", "Prosjektleder Ung Arena+", "Tønsberg"),
        new("Tuva Eriksen", "Leder, Ung Arena+ Tønsberg", "Tønsberg"),
        new("Kjell Ove Myrvang", "Prosjektleder digital hjemmeoppfølging", "Larvik"),
        new("Eivind Garder", "Rådgiver e-helse", "SiV"),
    ];

    private static (string Body, DemoSeat[] Seats)[] Seats() =>
    [
        ("PM",
        [
            new("Geir Haugerud", Chair, "2021-01-01", "2023-10-15", "Møteleder"),
            new("Kari Anne Holt", Chair, "2023-10-16", null, "Møteleder"),
            new("Rolf Enger", Member, "2021-01-01", "2023-10-15"),
            new("Anita Krog", Member, "2021-01-01", "2023-10-15"),
            new("Stian Mørk", Member, "2023-10-16"),
            new("Marte Haug Bekkevold", Member, "2023-10-16"),
            new("Nils Petter Hval", Member, "2021-01-01", "2023-02-28"),
            new("Åse Kirkerud", Member, "2023-03-01"),
            new("Wenche Grini", Member, "2022-04-01"),
            new("Arne Solberg", Member, "2022-01-01", "2023-12-31", "Leder av SSU"),
            new("Torunn Hagen Dahl", Member, "2024-01-01", "2025-12-31", "Leder av SSU"),
            new("Camilla Øvrebø", Member, "2026-01-01", null, "Leder av SSU"),
            new("Sverre Nakkim", Member, "2021-01-01", "2024-12-31"),
            new("Anders Lyngstad", Member, "2025-01-01"),
            new("Aud Hovland", Member, "2021-01-01", "2023-12-31"),
            new("Eva Marie Lund", Member, "2024-01-01"),
            new("Henrik Moe", Secretariat, "2021-01-01", "2022-12-31"),
            new("Jon Erik Fosse", Secretariat, "2023-01-01"),
            .. DemoText.Period("2021-01-01", null,
                ("Trond Lien Aas", Member), ("Bjørn Egil Nyland", Member), ("Kjell Arne Torp", Member),
                ("Ellen Vold Sørby", Member), ("Hanne Kolstad", Member), ("Jørn Hovde", Member), ("Sveinung Myhre", Member),
                ("Harald Strøm", Member), ("Liv Marit Berge", Member), ("Mona Vestby", Member), ("Tor Inge Bjerke", Member),
                ("Helge Kvamme", Observer)),
            new("Siri Alme Grønvold", Secretariat, "2021-06-01"),
        ]),
        ("SSU",
        [
            // The chair alternates between the municipalities and the hospital, two years at a time.
            new("Arne Solberg", Member, "2021-01-01", "2021-12-31"),
            new("Arne Solberg", Chair, "2022-01-01", "2023-12-31"),
            new("Torunn Hagen Dahl", Member, "2021-01-01", "2021-12-31"),
            new("Torunn Hagen Dahl", ViceChair, "2022-01-01", "2023-12-31"),
            new("Torunn Hagen Dahl", Chair, "2024-01-01", "2025-12-31"),
            new("Torunn Hagen Dahl", Member, "2026-01-01"),
            new("Camilla Øvrebø", Member, "2021-01-01", "2023-12-31"),
            new("Camilla Øvrebø", ViceChair, "2024-01-01", "2025-12-31"),
            new("Camilla Øvrebø", Chair, "2026-01-01"),
            new("Knut Eirik Solheim", Member, "2021-01-01", "2025-12-31"),
            new("Knut Eirik Solheim", ViceChair, "2026-01-01"),
            new("Terje Skaug", Member, "2024-01-01"),
            new("Gunnhild Ramberg", Member, "2021-01-01", "2023-05-31"),
            new("Marianne Kjos Lie", Member, "2023-06-01"),
            new("Ragnhild Tveter", Member, "2022-03-01"),
            new("Olav Tjelta", Member, "2021-01-01", "2024-08-31"),
            new("Ingrid Fjeldstad", Member, "2024-09-01"),
            new("Sverre Nakkim", Member, "2021-01-01", "2024-12-31", "Fastlegerepresentant"),
            new("Anders Lyngstad", Member, "2025-01-01", null, "Fastlegerepresentant"),
            new("Aud Hovland", Member, "2021-01-01", "2023-12-31"),
            new("Eva Marie Lund", Member, "2024-01-01"),
            new("Kjetil Sandvold", Member, "2023-01-01", null, "Tillitsvalgtrepresentant"),
            .. DemoText.Period("2021-01-01", null,
                ("Hilde Marie Sunde", Member), ("Øystein Ravnå", Member), ("Per Arne Moen", Member), ("Sigrid Nyhus", Member),
                ("Mona Vestby", Member), ("Tor Inge Bjerke", Member)),
            new("Lars Tobias Wiik", Deputy, "2023-01-01", null, "Vara for Øystein Ravnå"),
            new("Nina Hasle", Deputy, "2022-01-01", null, "Vara for fastlegerepresentantene"),
            new("Grete Opsahl", Deputy, "2024-01-01", null, "Vara for brukerrepresentantene"),
            new("Linda Brekke", Observer, "2021-01-01", null, "Den norske legeforening"),
            .. DemoText.Period("2023-01-01", null, ("Helge Kvamme", Observer), ("Berit Aasen", Observer)),
            new("Jorunn Hem", Observer, "2023-09-01"),
            new("Siri Alme Grønvold", Secretariat, "2021-06-01", null, "Sekretariat for kommunene"),
            new("Henrik Moe", Secretariat, "2021-01-01", "2022-12-31", "Sekretariat for SiV"),
            new("Jon Erik Fosse", Secretariat, "2023-01-01", null, "Sekretariat for SiV"),
            new("Mari Haugen Strand", MinuteTaker, "2023-01-01"),
        ]),
        ("AU",
        [
            new("Arne Solberg", Chair, "2022-01-01", "2023-12-31"),
            new("Torunn Hagen Dahl", Member, "2021-01-01", "2023-12-31"),
            new("Torunn Hagen Dahl", Chair, "2024-01-01", "2025-12-31"),
            new("Torunn Hagen Dahl", Member, "2026-01-01", null, "Samhandlingssjef"),
            new("Camilla Øvrebø", Member, "2024-01-01", "2025-12-31"),
            new("Camilla Øvrebø", Chair, "2026-01-01"),
            new("Knut Eirik Solheim", Member, "2026-01-01"),
            new("Henrik Moe", Secretariat, "2021-01-01", "2022-12-31"),
            new("Siri Alme Grønvold", Secretariat, "2021-06-01"),
            new("Jon Erik Fosse", Secretariat, "2023-01-01"),
        ]),
        ("FSU-KT",
        [
            .. DemoText.Period("2021-01-01", "2023-08-31",
                ("Randi Eikeland", Chair), ("Thomas Bergan", ViceChair), ("Elisabeth Rønneberg", Member),
                ("Bodil Skarstein", Member), ("Mona Vestby", Member)),
            new("Marit Eggen", Member, "2022-01-01", "2023-08-31"),
            new("Henrik Moe", Secretariat, "2021-01-01", "2022-12-31"),
            new("Siri Alme Grønvold", Secretariat, "2021-06-01", "2023-08-31"),
        ]),
        ("FSU",
        [
            .. DemoText.Period("2023-09-01", null,
                ("Randi Eikeland", Chair), ("Thomas Bergan", ViceChair), ("Elisabeth Rønneberg", Member),
                ("Kristoffer Dale", Member), ("Ole Martin Fjære", Member), ("Hege Bjørnstad", Member), ("Marit Eggen", Member),
                ("Yngve Holm", Member), ("Mona Vestby", Member), ("Grete Opsahl", Member),
                ("Jorunn Hem", Observer), ("Solveig Krogh", Observer), ("Vegard Thue", Observer), ("Siri Alme Grønvold", Secretariat)),
            new("Bodil Skarstein", Member, "2023-09-01", "2025-03-31"),
            new("Trine Moland", Member, "2025-04-01"),
            new("Astrid Lauvrak", Member, "2024-01-01"),
        ]),
        ("FU-AK",
        [
            new("Torstein Mathisen", Chair, "2022-09-01", "2024-08-31"),
            new("Hanne Lunde Rød", Member, "2022-09-01", "2024-08-31"),
            new("Hanne Lunde Rød", Chair, "2024-09-01"),
            new("Eirik Grav", Member, "2024-09-01"),
            .. DemoText.Period("2022-09-01", null,
                ("Lise Aamodt", Member), ("Petter Kvam", Member), ("Anette Solvang", Member), ("Nina Hasle", Member)),
            new("Jan Olav Rustad", Member, "2023-01-01"),
            new("Rolf Tangen", Member, "2023-09-01"),
        ]),
        ("FU-HR",
        [
            .. DemoText.Period("2023-10-01", null,
                ("Gro Vatne", Chair), ("Morten Liabø", Member), ("Ida Kristiansen", Member), ("Anniken Berg", Member),
                ("Sindre Holte", Member), ("Lene Sørum", Member), ("Jon Erik Fosse", Secretariat)),
            new("Vibeke Kiil", Member, "2024-02-01"),
            new("Kjetil Sandvold", Member, "2024-06-01", null, "Representant for de tillitsvalgte"),
        ]),
        ("FU-FL",
        [
            .. DemoText.Period("2024-01-15", null,
                ("Mona Vestby", Chair), ("Håvard Lien", Member), ("Kristine Aarvik", Member), ("Øyvind Sletten", Member),
                ("Cecilie Thorsen", Member), ("Thomas Bergan", Member)),
            new("Sverre Nakkim", Member, "2024-01-15", "2024-12-31"),
            new("Anders Lyngstad", Member, "2025-01-01"),
            .. DemoText.Period("2024-03-01", null, ("Line Kjær", Member), ("Bjarte Nesse", Member), ("Jan Olav Rustad", Member)),
        ]),
        ("FU-BUF",
        [
            .. DemoText.Period("2024-09-01", null,
                ("Astrid Lauvrak", Chair), ("Maren Tollefsen", Member), ("Sunniva Halvorsen", Member), ("Petra Nygaard", Member),
                ("Jonas Hegg", Member), ("Kaja Strømsnes", Member)),
            .. DemoText.Period("2024-10-01", null, ("Ingvild Borge", Member), ("Karoline Fossum", Member)),
        ]),
        ("SF-PHR", DemoText.Period("2024-04-25", null,
            ("Hanne Sofie Wold", Chair), ("Tone Vennesland", Member), ("Frank Ove Lid", Member), ("Anja Kristoffersen", Member),
            ("Stig Engebretsen", Member), ("Mette Løvli", Member), ("Astrid Lauvrak", Member), ("Rune Hovda", Member),
            ("Heidi Kolle", Member), ("Marit Eggen", Secretariat))),
        ("AG-SAV",
        [
            new("Bodil Skarstein", Chair, "2023-03-01", "2025-03-31"),
            new("Ole Martin Fjære", Member, "2023-03-01", "2025-03-31"),
            new("Ole Martin Fjære", Chair, "2025-04-01", "2025-06-30"),
            .. DemoText.Period("2023-03-01", "2025-06-30",
                ("Kari Ellingsen", Member), ("Gunn Rasmussen", Member), ("Tor Inge Bjerke", Member)),
        ]),
        ("AG-AVT",
        [
            new("Henrik Moe", Chair, "2022-11-01", "2022-12-31"),
            new("Jon Erik Fosse", Chair, "2023-01-01", "2024-12-31"),
            new("Aud Hovland", Member, "2022-11-01", "2023-12-31"),
            new("Eva Marie Lund", Member, "2024-01-01", "2024-12-31"),
            .. DemoText.Period("2022-11-01", "2024-12-31",
                ("Siri Alme Grønvold", Member), ("Ketil Aune", Member), ("Wenche Lier", Member), ("Elisabeth Rønneberg", Member)),
        ]),
        ("AG-BER", DemoText.Period("2024-10-15", null,
            ("Geir Olav Brenden", Chair), ("Svein Tore Ask", Member), ("Lise Aamodt", Member), ("Ingunn Holter", Member),
            ("Helge Kvamme", Observer))),
        ("AG-SPF", DemoText.Period("2022-03-01", "2023-12-31",
            ("Kaja Strømsnes", Chair), ("Maren Tollefsen", Member), ("Ane Lystad", Member), ("Birgitte Haug", Member),
            ("Karoline Fossum", Member))),
        ("AG-PHR", DemoText.Period("2023-01-15", "2024-01-31",
            ("Olav Tjelta", Chair), ("Marit Eggen", Member), ("Hanne Sofie Wold", Member), ("Stig Engebretsen", Member),
            ("Rune Hovda", Member), ("Grete Opsahl", Member))),
        ("AG-KREFT", DemoText.Period("2022-06-01", "2024-10-31",
            ("Nora Sandberg", Chair), ("Ellen Kvisle", Member), ("Åsmund Tveit", Member), ("Solfrid Myklebust", Member),
            ("Øyvind Sletten", Member))),
        ("AG-REH", DemoText.Period("2024-06-15", null,
            ("Sigrid Nyhus", Chair), ("Kjersti Ulvestad", Member), ("Magnus Bø", Member), ("Hilde Grøtterud", Member),
            ("Helge Kvamme", Observer))),
        ("AG-USK", DemoText.Period("2024-06-01", null,
            ("Camilla Øvrebø", Chair), ("Cecilie Thorsen", Member), ("Anette Solvang", Member), ("Thomas Bergan", Member),
            ("Elisabeth Rønneberg", Member))),
        ("VITALITY",
        [
            new("Cathrine Fosli", Chair, "2021-01-01", "2024-08-31", "Prosjektleder"),
            new("Silje Wangberg", Chair, "2024-09-01", null, "Prosjektleder"),
            .. DemoText.Period("2021-01-01", null, ("Ragnar Hole", Member), ("Trude Bakken", Member)),
            new("Trine Moland", Member, "2022-06-01"),
            new("Hege Bjørnstad", Member, "2023-09-01"),
        ]),
        ("UNG-ARENA",
        [
            new("Marius Hjelmeland", Chair, "2021-01-01", "2024-08-31", "Prosjektleder"),
            new("Tuva Eriksen", Chair, "2024-09-01", null, "Prosjektleder"),
            .. DemoText.Period("2021-01-01", null, ("Astrid Lauvrak", Member), ("Maren Tollefsen", Member)),
            new("Ingvild Borge", Member, "2022-01-01"),
            new("Sunniva Halvorsen", Member, "2024-06-01"),
        ]),
        ("DHO", DemoText.Period("2022-09-27", "2024-12-31",
            ("Kjell Ove Myrvang", Chair), ("Trude Bakken", Member), ("Eivind Garder", Member), ("Anders Lyngstad", Member),
            ("Tor Inge Bjerke", Member))),
    ];

    private const string SsuPurpose =
        "Strategisk samarbeidsutvalg (SSU) skal sikre et forpliktende og likeverdig samarbeid mellom kommunene i Vestfold og "
        + "Sykehuset i Vestfold HF, og omsette partnerskapsmøtets prioriteringer til strategier og tiltak.";

    private const string FoundingAgreement = "Avtale om helsefellesskap mellom kommunene i Vestfold og Sykehuset i Vestfold HF";

    private static DemoMandate[] Mandates() =>
    [
        new("PM", 1, "2020-12-15", FoundingAgreement, DemoText.Mandate(
            "Partnerskapsmøtet er helsefellesskapets øverste organ. Møtet samler den politiske og administrative ledelsen i "
            + "kommunene og Sykehuset i Vestfold HF og gir retning for samarbeidet.",
            [
                "Fastsette overordnede mål og prioriteringer for helsefellesskapet",
                "Vedta årlig handlingsplan og følge opp status for tiltakene",
                "Godkjenne avtalestrukturen og anbefale samarbeidsavtaler til behandling hos partene",
                "Drøfte felles utfordringer, blant annet fastlegesituasjonen og rekruttering av helsepersonell",
                "Motta årsrapport fra Strategisk samarbeidsutvalg",
            ],
            [
                "Ordfører og kommunedirektør fra hver av de seks kommunene",
                "Styreleder og administrerende direktør i Sykehuset i Vestfold HF",
                "To fastlegerepresentanter og to brukerrepresentanter",
                "Leder av Strategisk samarbeidsutvalg, for gjennomgående representasjon",
                "Sekretariatet forbereder møtet og skriver referat",
            ],
            "1–2 møter i året, gjerne i tilknytning til en partnerskapskonferanse. Møteleder går på omgang mellom ordførerne.",
            "Vedtak binder partene først når de er behandlet i partenes egne styringslinjer. Referatet publiseres på "
            + "helsefellesskapets sider på Kompetansebroen.")),
        new("SSU", 1, "2020-12-15", FoundingAgreement, DemoText.Mandate(
            SsuPurpose,
            [
                "Utarbeide forslag til handlingsplan og følge opp gjennomføringen",
                "Drøfte og prioritere felles satsinger for de prioriterte pasientgruppene",
                "Forberede saker til partnerskapsmøtet",
                "Følge opp samarbeidsavtalene og avvik fra dem",
                "Oppnevne faglige samarbeidsutvalg og arbeidsgrupper ved behov",
            ],
            [
                "Kommunalsjef for helse fra hver kommune",
                "Klinikksjefer fra Sykehuset i Vestfold HF, herunder samhandlingssjef",
                "Fastlegerepresentant og representant for praksiskonsulentordningen",
                "To brukerrepresentanter",
                "Observatører fra Den norske legeforening og Norsk Sykepleierforbund",
            ],
            "4–6 møter i året. Arbeidsutvalget (AU) forbereder hvert møte.",
            "SSU rapporterer til partnerskapsmøtet gjennom årsrapport og status for handlingsplanen.")),
        new("SSU", 2, "2022-11-24", "SSU-sak 2022.37", DemoText.Mandate(
            SsuPurpose,
            [
                "Utvikle strategier og handlingsplaner for helsefellesskapet",
                "Drøfte og prioritere satsinger for de prioriterte pasientgruppene, basert på felles styringsdata",
                "Oppnevne Faglig samarbeidsutvalg (FSU) og følge opp rapporteringen derfra",
                "Oppnevne fagutvalg og arbeidsgrupper som skal forankres i helsefellesskapet, og utarbeide mandat for dem",
                "Behandle saker av strategisk og økonomisk betydning for partene, herunder fordeling av samhandlingsmidler",
                "Motta rapportering fra fagutvalg, arbeidsgrupper og samarbeidsprosjekter for strategiske og budsjettmessige beslutninger",
            ],
            [
                "Administrativ og faglig ledelse: kommunalsjef for helse fra hver kommune og klinikksjefer fra sykehuset",
                "Fastlegerepresentant, to brukerrepresentanter og en tillitsvalgtrepresentant",
                "Observatører fra Statsforvalteren i Vestfold og Telemark, KS og Universitetet i Sørøst-Norge",
                "Leder og nestleder velges for to år og alternerer mellom kommunene og sykehuset",
                "Sekretariatet fra kommunene og sykehuset forbereder saker og skriver referat",
            ],
            "4–6 møter i året etter vedtatt møteplan. AU for SSU møtes i forkant av hvert møte.",
            "SSU rapporterer til partnerskapsmøtet. Referater godkjennes i påfølgende møte og publiseres på Kompetansebroen.")),
        new("AU", 1, "2021-02-04", "SSU-møte 04.02.2021", DemoText.Mandate(
            "Arbeidsutvalget forbereder møtene i Strategisk samarbeidsutvalg og sikrer god saksflyt mellom møtene.",
            [
                "Sette opp saksliste og innkalling til SSU",
                "Vurdere om en sak hører hjemme i SSU, FSU eller et fagutvalg",
                "Følge opp vedtak og oppdrag fra SSU mellom møtene",
                "Forberede partnerskapsmøtet sammen med sekretariatet",
            ],
            [
                "Leder og nestleder i SSU",
                "Samhandlingssjef i Sykehuset i Vestfold HF",
                "Sekretariatet: samhandlingskoordinator for kommunene og sykehusets samhandlingsavdeling",
            ],
            "Ett møte i forkant av hvert SSU-møte, normalt tre uker før.",
            "AU har ingen selvstendig beslutningsmyndighet og rapporterer til SSU.")),
        new("FSU", 1, "2023-02-02", "SSU-møte 02.02.2023, jf. SSU-sak 2022.37", DemoText.Mandate(
            "Faglig samarbeidsutvalg (FSU) er et rådgivende organ for SSU i helsefaglige spørsmål om utvikling av tjenestene "
            + "og de ansattes kompetanse i kommunene og i Sykehuset i Vestfold.",
            [
                "Følge opp tjenestemodeller og samarbeidsavtaler av faglig karakter",
                "Følge opp og motta rapportering fra fagutvalg, arbeidsgrupper og samarbeidsprosjekter",
                "Avgjøre hvilke saker som skal løftes til SSU; saker av strategisk og økonomisk betydning skal alltid behandles i SSU",
                "Bidra i arbeidet med felles styringsdata for utvikling og oppfølging av tjenestene",
                "Følge opp samhandlingsavvik og foreslå forbedringstiltak",
            ],
            [
                "Faglige ledere fra hver kommune",
                "Avdelingssjefer fra klinikkene i sykehuset og en representant for analyseavdelingen",
                "Samhandlingslege og brukerrepresentant",
                "Universitetet i Sørøst-Norge, Utviklingssenteret for sykehjem og hjemmetjenester (USHT) og Kompetansebroen",
            ],
            "Om lag 4 møter i året.",
            "FSU oppnevnes av og rapporterer til SSU. Fagutvalg for HR-samarbeid rapporterer direkte til SSU.")),
        new("FSU", 2, "2024-11-28", "SSU-møte 28.11.2024, oppfølging av SSU-sak 2024.35", DemoText.Mandate(
            "FSU er bindeleddet mellom fagmiljøene og SSU. Utvalget gir faglige råd til SSU og sørger for at arbeidet i "
            + "fagutvalg og arbeidsgrupper henger sammen med handlingsplanen.",
            [
                "Konkretisere og prioritere FSUs del av handlingsplanen, og gi innspill til planen som helhet",
                "Behandle saker fra SSU og fremme egne saker som gir verdi for pasientforløpene",
                "Nedsette arbeidsgrupper innenfor vedtatt handlingsplan, med mandat og tidsramme",
                "Avklare hvilke saker fagutvalgene avgjør selv, og hvilke som løftes til FSU eller SSU",
                "Bruke felles mal for innspill og saksfremlegg til helsefellesskapet",
            ],
            [
                "Faglige ledere fra hver kommune, med mandat til å sette i gang arbeid i egen kommune",
                "Avdelingssjefer fra klinikkene og en representant for analyseavdelingen i sykehuset",
                "Samhandlingslege og brukerrepresentant",
                "USN, USHT og Kompetansebroen deltar fast, uten å representere en part",
                "Representantene setter av tid til oppfølging av saker mellom møtene",
            ],
            "4 møter i året, lagt i forkant av SSU-møtene.",
            "FSU rapporterer til SSU etter hvert møte. Saker av strategisk og økonomisk betydning løftes alltid til SSU.")),
        new("FU-HR", 1, "2024-05-23", "SSU-sak 2024.18", DemoText.Mandate(
            "Fagutvalget skal redusere uønskede konsekvenser av at kommunene og sykehuset rekrutterer i det samme arbeidsmarkedet, "
            + "og samtidig styrke den samlede kompetansen og det fremtidige samarbeidet.",
            [
                "Dele tall og erfaringer om rekruttering, turnover og sykefravær",
                "Rekruttere nok helsepersonell, særlig sykepleiere",
                "Beholde ansatte i et krevende arbeidsmarked",
                "Utrede kombinerte stillinger på tvers av nivåene",
            ],
            [
                "HR-ansvarlig fra hver kommune",
                "HR-direktør i Sykehuset i Vestfold HF (leder)",
                "En representant for de tillitsvalgte",
            ],
            "Ved behov. Anbefalt minst 2 møter per år.",
            "Fagutvalget rapporterer direkte til SSU.")),
        new("FU-FL", 1, "2024-05-23", "SSU-sak 2024.19", DemoText.Mandate(
            "Fagutvalget skal konkretisere hvordan helsefellesskapet kan bidra til stabilitet, kompetanse, kvalitet og god samlet "
            + "ressursutnyttelse i fastlegeordningen.",
            [
                "Følge situasjonen i fastlegeordningen i Vestfold, blant annet antall innbyggere uten fastlege",
                "Foreslå tiltak for rekruttering og stabilitet",
                "Styrke samarbeidet mellom fastlegene og sykehuset om henvisninger og epikriser",
                "Arrangere digitale lunsjmøter for fastlegene",
            ],
            [
                "To samhandlingsleger (tidligere PKO)",
                "Tre fastleger valgt av fastlegene selv, fra tre ulike kommuner",
                "Tre representanter fra kommunene med linjelederansvar for fastlegene",
                "To representanter fra Sykehuset i Vestfold med linjelederansvar",
            ],
            "Ved behov. Anbefalt minst 2 møter per år.",
            "Fagutvalget rapporterer til FSU.")),
        new("SF-PHR", 1, "2024-09-26", "SSU-sak 2024.27", DemoText.Mandate(
            "Samhandlingsforumet skal bidra til at brukere og pasienter mottar riktig tilbud på rett tjenestenivå. Forumet er "
            + "rådgivende overfor ledere over eget ledernivå, har beslutningsmyndighet innen eget område og har visjonen «skulder ved skulder».",
            [
                "Gi anbefalinger og råd etter eget initiativ eller etter oppdrag fra FSU eller SSU",
                "Styrke relasjonsbygging, erfaringsutveksling og delingskultur mellom partene",
                "Tilstrebe å løse saker på lavest mulig nivå",
                "Bidra til helhetlig og omforent oppgavefordeling for brukere med psykiske helse- og rusmiddelproblemer",
                "Utvikle lokalt tilpassede rutiner for samarbeid og eventuelt felles prosedyrer",
                "Følge opp rapporten fra arbeidsgruppen for pasienter med langvarig psykisk lidelse og rusproblematikk",
            ],
            [
                "Virksomhetsleder psykisk helse og avhengighet fra hver av de seks kommunene",
                "Avdelingssjefer fra Klinikk psykisk helse og avhengighet (KPA), blant annet BUPA, DPS Vestfold og avdeling for rus og avhengighet",
                "Fagsjef i KPA har sekretærfunksjonen",
            ],
            "To faste møter hvert halvår. Flere møter avtales ved behov.",
            "Det utarbeides en årsrapport til SSU, klinikksjef KPA, samhandlingssjef i SiV og kommunalsjef helse i kommunene. "
            + "Driften evalueres årlig.")),
    ];
}

/// <summary>Helsefellesskap Vestre Viken: one hospital trust, 21 municipalities and a local committee per hospital.</summary>
internal static class VestreVikenDemo
{
    public const string Slug = "vestre-viken";

    /// <summary>The four local committees and the municipalities around each hospital (somatic catchment areas).</summary>
    private static readonly (string Town, string Municipalities)[] LocalCommittees =
    [
        ("Bærum", "Bærum og Asker (unntatt tidligere Hurum og Røyken)"),
        ("Drammen", "Drammen, Lier, Øvre Eiker og Asker (tidligere Hurum og Røyken)"),
        ("Kongsberg", "Kongsberg, Flesberg, Rollag og Nore og Uvdal"),
        ("Ringerike", "Ringerike, Hole, Jevnaker, Modum, Krødsherad, Sigdal og Hallingdal (Flå, Nesbyen, Gol, Hemsedal, Ål og Hol)"),
    ];

    public static DemoCommunity Build() => new(
        Slug,
        "Helsefellesskap Vestre Viken",
        "Helsefellesskap Vestre Viken er samarbeidet mellom Vestre Viken HF og de 21 kommunene i opptaksområdet, "
        + "med fastleger og brukere. Rundt hvert av de fire sykehusene er det et lokalt samarbeidsutvalg.",
        PhoneSeed: 3300,
        Partners(),
        Bodies(),
        People(),
        Seats(),
        Mandates());

    private static DemoPartner[] Partners() =>
    [
        new("VV", "Vestre Viken HF", PartnerKind.HospitalTrust, "vestreviken.example",
            OrganisationNumber: "894166762", Description: "Helseforetak med sykehus i Bærum, Drammen, Kongsberg og Ringerike, eid av Helse Sør-Øst RHF."),
        .. DemoText.Municipalities(
            ("Bærum", "3201"), ("Asker", "3203"), ("Jevnaker", "3236"), ("Drammen", "3301"), ("Kongsberg", "3303"),
            ("Ringerike", "3305"), ("Hole", "3310"), ("Lier", "3312"), ("Øvre Eiker", "3314"), ("Modum", "3316"),
            ("Krødsherad", "3318"), ("Flå", "3320"), ("Nesbyen", "3322"), ("Gol", "3324"), ("Hemsedal", "3326"),
            ("Ål", "3328"), ("Hol", "3330"), ("Sigdal", "3332"), ("Flesberg", "3334"), ("Rollag", "3336"),
            ("Nore og Uvdal", "3338")),
        new("Fastleger", "Fastlegene i Vestre Viken", PartnerKind.GeneralPractitioners, "fastlegene-vestreviken.example"),
        new("Brukere", "Brukerutvalget i Vestre Viken", PartnerKind.UserRepresentatives, "brukerutvalget-vestreviken.example"),
        new("Tillitsvalgte", "Tillitsvalgte", PartnerKind.EmployeeRepresentatives, "tillitsvalgte-vestreviken.example"),
    ];

    private static DemoBody[] Bodies() =>
    [
        new("PM", "Partnerskapsmøte", PartnershipMeeting, null, "2021-01-01", null, "1 møte i året",
            "Årlig møteplass for politisk og administrativ ledelse i kommunene og Vestre Viken. Partnerskapsmøtet 2024 ble holdt 7. juni i Drammen."),
        new("SSU", "Strategisk samarbeidsutvalg", StrategicCommittee, "PM", "2021-01-01", null, "6 møter i året",
            "Representanter fra helseforetaket, kommunene, fastlegene og brukerne planlegger og utvikler tjenestene sammen. "
            + "Utvidet med to nye representanter i 2024."),
        .. LocalCommittees.Select(l => new DemoBody(
            $"LSU {l.Town}", $"Lokalt samarbeidsutvalg {l.Town} sykehus", LocalCommittee, "SSU", "2021-01-01", null, "4 møter i året",
            $"Samarbeid mellom {l.Town} sykehus og kommunene i opptaksområdet: {l.Municipalities}.")),
        new("FSU-BU", "Faglig samarbeidsutvalg for barn og unge", ProfessionalCommittee, "SSU", "2022-01-01", null,
            "4 møter i året, fysisk og digitalt", "Samarbeid mellom helse og barnevern var fokusområde i 2024, med dialogkonferanse sammen med Bufetat."),
        new("FSU-PHR", "Faglig samarbeidsutvalg for voksne med alvorlig psykisk lidelse og rusavhengighet", ProfessionalCommittee, "SSU",
            "2022-01-01", null, "4 møter i året", "Fremmer samhandling og helhetlig koordinering, og samarbeid om å forebygge utenforskap."),
        new("AG-LAR", "Arbeidsgruppe for revisjon av LAR-retningslinjen", WorkingGroup, "FSU-PHR", "2024-03-01", null, "Månedlig",
            "Reviderer retningslinjen for legemiddelassistert rehabilitering (LAR) fra 2020, med tydelig oppgavefordeling mellom "
            + "spesialisthelsetjenesten, kommunene, fastlegene og apotekene."),
        new("RK-OSA", "Redaksjonskomité for revisjon av overordnet samarbeidsavtale", WorkingGroup, "SSU", "2024-11-01", null,
            "Hver 14. dag", "Tverrsektoriell redaksjonskomité der bruker- og fastlegeperspektivet er med. Status gis fortløpende i SSU."),
        new("KSA", "Kongsberg samhandlingsarena (forprosjekt)", Project, "LSU Kongsberg", "2024-09-01", null, "Månedlig",
            "Vestre Viken, Kongsberg sykehus, Kongsberg kommune og Responssenteret skal sammen skape et bedre helsetilbud for eldre "
            + "med skrøpelighet. Innvilget 2,9 millioner kroner til forprosjekt i 2024."),
    ];

    private static DemoPerson[] People() =>
    [
        new("Ingeborg Fjellheim", "Direktør helse og velferd", "Bærum"),
        new("Amir Haddad", "Direktør helse og velferd", "Drammen"),
        new("Geir Arne Berntsen", "Direktør helse og omsorg", "Drammen"),
        new("Ola Kvitingen", "Samhandlingsleder i Hallingdal", "Gol"),
        new("Tonje Myrvold", "Kommunalsjef helse og omsorg", "Ringerike"),
        new("Bjørn Kristian Lervik", "Fagdirektør", "VV"),
        new("Hanne Rustberg", "Klinikkdirektør, Klinikk psykisk helse og rus", "VV"),
        new("Knut Haraldsen", "Klinikkdirektør, Bærum sykehus", "VV"),
        new("Marte Solbakken", "Klinikkdirektør, Prehospitale tjenester", "VV"),
        new("Petter Grønli", "Leder av brukerutvalget i Vestre Viken", "Brukere"),
        new("Liv Torill Hagen", "Brukerrepresentant", "Brukere"),
        new("Wenche Fossum", "Fastlege, Drammen", "Fastleger"),
        new("Anne Lise Kvernes", "Fastlege, Lier", "Fastleger"),
        new("Silje Tangvald", "Tillitsvalgtrepresentant, Norsk Sykepleierforbund", "Tillitsvalgte"),
        new("Mathias Ødegård", "Samhandlingssjef", "VV"),
        new("Randi Kolstø", "Rådgiver samhandling", "Asker"),
        new("Mona Karlsrud", "Ordfører", "Drammen"),
        new("Ketil Sæthre", "Ordfører", "Bærum"),
        new("Øyvind Bakkerud", "Ordfører", "Kongsberg"),
        new("Gunn Elin Tveito", "Ordfører", "Ringerike"),
        new("Arvid Skjolden", "Administrerende direktør", "VV"),
        new("Cecilie Wold Nilsen", "Styreleder", "VV"),
        new("Thea Lindgren", "Kommunalsjef helse", "Asker"),
        new("Erlend Sagen", "Virksomhetsleder helse og mestring", "Bærum"),
        new("Hilde Svendsby", "Fastlege, Bærum", "Fastleger"),
        new("Marius Aasheim", "Avdelingssjef, Medisinsk avdeling Bærum sykehus", "VV"),
        new("Nils Jørgen Tofte", "Klinikkdirektør, Drammen sykehus", "VV"),
        new("Randi Opheim", "Kommunalsjef helse og omsorg", "Lier"),
        new("Per Ivar Smeby", "Kommunalsjef helse og omsorg", "Øvre Eiker"),
        new("Solveig Rasten", "Klinikkdirektør, Kongsberg sykehus", "VV"),
        new("Vegard Tollefsrud", "Kommunalsjef helse og velferd", "Kongsberg"),
        new("Karin Bergsland", "Helse- og omsorgsleder", "Flesberg"),
        new("Torgeir Haugen", "Kommuneoverlege", "Nore og Uvdal"),
        new("Lise Aaberg", "Brukerrepresentant", "Brukere"),
        new("Astrid Nordengen", "Klinikkdirektør, Ringerike sykehus", "VV"),
        new("Jan Erik Sønsteby", "Klinikkdirektør, Ringerike sykehus", "VV"),
        new("Kristin Vatnaland", "Kommunalsjef helse og omsorg", "Modum"),
        new("Håkon Brenna", "Kommunalsjef helse", "Hole"),
        new("Ingrid Sætre", "Avdelingssjef, Barne- og ungdomspsykiatrisk avdeling", "VV"),
        new("Maja Holmsen", "Leder, helsestasjon og skolehelsetjeneste", "Drammen"),
        new("Tobias Eng", "Overlege, Barneavdelingen Drammen sykehus", "VV"),
        new("Stian Foss", "Virksomhetsleder psykisk helse og rus", "Drammen"),
        new("Guri Tandberg", "Avdelingssjef, DPS Vestre Viken", "VV"),
        new("Eivind Riise", "Rådgiver psykisk helse og rus", "Ringerike"),
        new("Sara Lindholm", "Overlege, Avdeling for rus og avhengighet", "VV"),
        new("Frida Helle", "Kommuneadvokat", "Drammen"),
        new("Henrik Lauvli", "Prosjektleder, Kongsberg samhandlingsarena", "VV"),
        new("Oda Kjeldsberg", "Leder, Responssenteret", "Kongsberg"),
    ];

    private static (string Body, DemoSeat[] Seats)[] Seats() =>
    [
        ("PM",
        [
            new("Ketil Sæthre", Chair, "2021-01-01", "2023-10-15", "Møteleder"),
            new("Ketil Sæthre", Member, "2023-10-16"),
            new("Mona Karlsrud", Chair, "2023-10-16", null, "Møteleder"),
            new("Gunn Elin Tveito", Member, "2023-10-16"),
            new("Cecilie Wold Nilsen", Member, "2022-06-01"),
            new("Ingeborg Fjellheim", Member, "2024-01-01", "2024-12-31", "Leder av SSU"),
            new("Bjørn Kristian Lervik", Member, "2025-01-01", "2025-12-31", "Leder av SSU"),
            new("Amir Haddad", Member, "2026-01-01", null, "Leder av SSU"),
            new("Anne Lise Kvernes", Member, "2024-01-01"),
            .. DemoText.Period("2021-01-01", null,
                ("Øyvind Bakkerud", Member), ("Arvid Skjolden", Member), ("Petter Grønli", Member), ("Mathias Ødegård", Secretariat)),
        ]),
        ("SSU",
        [
            // The chair rotates yearly between the municipalities and the hospital trust.
            new("Ingeborg Fjellheim", Member, "2021-01-01", "2023-12-31"),
            new("Ingeborg Fjellheim", Chair, "2024-01-01", "2024-12-31"),
            new("Ingeborg Fjellheim", Member, "2025-01-01"),
            new("Bjørn Kristian Lervik", Member, "2021-01-01", "2024-12-31"),
            new("Bjørn Kristian Lervik", Chair, "2025-01-01", "2025-12-31"),
            new("Bjørn Kristian Lervik", Member, "2026-01-01"),
            new("Geir Arne Berntsen", Member, "2021-01-01", "2023-08-31"),
            new("Amir Haddad", Member, "2023-09-01", "2025-12-31"),
            new("Amir Haddad", Chair, "2026-01-01"),
            new("Ola Kvitingen", Member, "2022-01-01", null, "Representerer kommunene i Hallingdal"),
            .. DemoText.Period("2024-03-01", null, ("Tonje Myrvold", Member), ("Marte Solbakken", Member)),
            new("Wenche Fossum", Member, "2021-01-01", "2023-12-31", "Fastlegerepresentant"),
            new("Anne Lise Kvernes", Member, "2024-01-01", null, "Fastlegerepresentant"),
            .. DemoText.Period("2021-01-01", null,
                ("Hanne Rustberg", Member), ("Knut Haraldsen", Member), ("Petter Grønli", Member), ("Silje Tangvald", Member),
                ("Mathias Ødegård", Secretariat)),
            new("Liv Torill Hagen", Deputy, "2022-01-01", null, "Vara for Petter Grønli"),
            new("Randi Kolstø", MinuteTaker, "2022-01-01"),
        ]),
        ("LSU Bærum", DemoText.Period("2021-01-01", null,
            ("Knut Haraldsen", Chair), ("Thea Lindgren", ViceChair), ("Erlend Sagen", Member), ("Hilde Svendsby", Member),
            ("Marius Aasheim", Member))),
        ("LSU Drammen",
        [
            new("Geir Arne Berntsen", ViceChair, "2021-01-01", "2023-08-31"),
            new("Amir Haddad", ViceChair, "2023-09-01"),
            .. DemoText.Period("2021-01-01", null,
                ("Nils Jørgen Tofte", Chair), ("Randi Opheim", Member), ("Per Ivar Smeby", Member), ("Anne Lise Kvernes", Member)),
        ]),
        ("LSU Kongsberg",
        [
            .. DemoText.Period("2021-01-01", null,
                ("Solveig Rasten", Chair), ("Vegard Tollefsrud", ViceChair), ("Karin Bergsland", Member), ("Torgeir Haugen", Member)),
            new("Lise Aaberg", Member, "2022-01-01"),
        ]),
        ("LSU Ringerike",
        [
            new("Astrid Nordengen", Chair, "2021-01-01", "2023-06-30"),
            new("Jan Erik Sønsteby", Chair, "2023-07-01"),
            .. DemoText.Period("2021-01-01", null,
                ("Tonje Myrvold", ViceChair), ("Ola Kvitingen", Member), ("Kristin Vatnaland", Member), ("Håkon Brenna", Member)),
        ]),
        ("FSU-BU", DemoText.Period("2022-01-01", null,
            ("Ingrid Sætre", Chair), ("Maja Holmsen", Member), ("Tobias Eng", Member), ("Thea Lindgren", Member),
            ("Liv Torill Hagen", Member))),
        ("FSU-PHR", DemoText.Period("2022-01-01", null,
            ("Hanne Rustberg", Chair), ("Stian Foss", Member), ("Guri Tandberg", Member), ("Eivind Riise", Member),
            ("Petter Grønli", Member))),
        ("AG-LAR", DemoText.Period("2024-03-01", null,
            ("Guri Tandberg", Chair), ("Stian Foss", Member), ("Sara Lindholm", Member), ("Hilde Svendsby", Member))),
        ("RK-OSA", DemoText.Period("2024-11-01", null,
            ("Mathias Ødegård", Chair), ("Randi Kolstø", Member), ("Anne Lise Kvernes", Member), ("Petter Grønli", Member),
            ("Frida Helle", Member))),
        ("KSA",
        [
            new("Solveig Rasten", Chair, "2024-09-01", null, "Prosjekteier"),
            new("Henrik Lauvli", Member, "2024-09-01", null, "Prosjektleder"),
            .. DemoText.Period("2024-09-01", null, ("Vegard Tollefsrud", Member), ("Oda Kjeldsberg", Member)),
        ]),
    ];

    private static DemoMandate[] Mandates() =>
    [
        new("SSU", 1, "2020-12-01", "Overordnet samarbeidsavtale mellom kommunene og Vestre Viken HF", DemoText.Mandate(
            "Strategisk samarbeidsutvalg skal sikre at Vestre Viken HF og kommunene i opptaksområdet planlegger og utvikler "
            + "tjenestene sammen, som likeverdige partnere.",
            [
                "Følge opp Nasjonal helse- og samhandlingsplan og de prioriterte pasientgruppene",
                "Prioritere bruken av rekrutterings- og samhandlingstilskuddet etter enighet mellom helseforetaket og kommunene",
                "Følge opp og revidere overordnet samarbeidsavtale",
                "Koordinere arbeidet i de lokale samarbeidsutvalgene og de faglige samarbeidsutvalgene",
                "Utveksle informasjon om økonomiske utfordringer og strukturelle endringer hos partene",
            ],
            [
                "Kommunal ledelse fra Bærum, Drammen, Ringerike og Hallingdal",
                "Fagdirektør og klinikkdirektører i Vestre Viken HF",
                "Leder av brukerutvalget i Vestre Viken",
                "Fastlegerepresentant og tillitsvalgtrepresentant",
                "Ledervervet går på omgang mellom kommunene og helseforetaket, ett år av gangen",
            ],
            "6 møter i året.",
            "SSU rapporterer til partnerskapsmøtet gjennom en årsrapport.")),
        .. LocalCommittees.Select(l => new DemoMandate($"LSU {l.Town}", 1, "2021-03-01", "SSU-møte 01.03.2021", DemoText.Mandate(
            $"Det lokale samarbeidsutvalget er arenaen for samarbeid mellom {l.Town} sykehus og kommunene i sykehusets opptaksområde.",
            [
                "Følge opp samarbeidsavtalene lokalt, blant annet utskrivning og henvisninger",
                "Drøfte endringer i tjenestetilbudet som får konsekvenser for samarbeidspartnerne",
                "Gi innspill til SSU om felles prioriteringer",
                "Følge opp samhandlingsavvik i opptaksområdet",
            ],
            [
                $"Klinikkdirektør ved {l.Town} sykehus (leder)",
                $"Kommunalsjefer for helse fra kommunene: {l.Municipalities}",
                "Fastlegerepresentant og brukerrepresentant",
            ],
            "4 møter i året.",
            "Rapporterer til Strategisk samarbeidsutvalg."))),
    ];
}
