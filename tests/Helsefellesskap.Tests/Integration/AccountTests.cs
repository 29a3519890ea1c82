using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Integration;

/// <summary>Sign-in, two factors for administrators, lockout, and the community switcher.</summary>
public abstract class AccountTests(AppFactory factory)
{
    [Fact]
    public async Task A_wrong_password_gets_a_norwegian_message_and_keeps_the_email()
    {
        var client = TestClient.Anonymous(factory);
        var response = await client.PostFormAsync("/konto/logg-inn", new() { ["Input.Email"] = DemoAccounts.VestfoldStaff, ["Input.Password"] = "feil-passord-123" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Feil e-post eller passord.", html);
        Assert.Equal(DemoAccounts.VestfoldStaff, TestClient.InputValue(html, "Input.Email"));
    }

    [Fact]
    public async Task An_administrator_must_give_an_authenticator_code()
    {
        var client = TestClient.Anonymous(factory);
        var response = await client.PostFormAsync("/konto/logg-inn", new() { ["Input.Email"] = DemoAccounts.VestfoldAdministrator, ["Input.Password"] = DemoAccounts.Password });
        Assert.StartsWith("/konto/tofaktor", response.Headers.Location!.OriginalString);

        var wrong = await client.PostFormAsync(response.Headers.Location.OriginalString, new() { ["Input.Code"] = "000000" });
        Assert.Contains("Koden er feil eller utløpt", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/{DemoLookup.Vestfold}/revisjonslogg")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_without_two_factor_is_sent_to_set_it_up_and_kept_from_administrator_pages()
    {
        const string email = "ny-admin@vestfold.demo";
        await CreateUserAsync(email, CommunityRole.Administrator);
        var client = TestClient.Anonymous(factory);
        var response = await client.PostFormAsync("/konto/logg-inn", new() { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
        Assert.StartsWith("/konto/aktiver-tofaktor", response.Headers.Location!.OriginalString);

        var users = await client.GetAsync($"/{DemoLookup.Vestfold}/brukere");
        Assert.Contains("/konto/ingen-tilgang", users.Headers.Location!.OriginalString);

        var setup = await client.GetHtmlAsync("/konto/aktiver-tofaktor");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "secret=([A-Z2-7]+)").Groups[1].Value;
        var enabled = await client.PostWithTokenAsync("/konto/aktiver-tofaktor", new() { ["Input.Code"] = Totp.Code(key) }, TestClient.AntiforgeryToken(setup));
        Assert.Contains("Gjenopprettingskoder", await enabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{DemoLookup.Vestfold}/brukere")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        const string email = "sperres@vestfold.demo";
        await CreateUserAsync(email, CommunityRole.PartnerStaff);
        var client = TestClient.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/konto/logg-inn", new() { ["Input.Email"] = email, ["Input.Password"] = "feil-passord-123" });
        }
        var response = await client.PostFormAsync("/konto/logg-inn", new() { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
        Assert.Contains("Kontoen er midlertidig sperret", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_person_in_two_communities_can_switch_between_them()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.TwoCommunities);
        var html = await client.GetHtmlAsync($"/{DemoLookup.Vestfold}/personer");
        Assert.Contains("Bytt helsefellesskap", html);
        Assert.Contains("href=\"/vestre-viken\"", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{DemoLookup.VestreViken}/personer")).StatusCode);
    }

    [Fact]
    public async Task The_platform_administrator_administers_every_community()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.PlatformAdministrator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{DemoLookup.Vestfold}/revisjonslogg")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{DemoLookup.VestreViken}/revisjonslogg")).StatusCode);
    }

    [Fact]
    public async Task A_body_member_reads_people_but_cannot_edit()
    {
        var client = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{DemoLookup.Vestfold}/personer")).StatusCode);
        var edit = await client.GetAsync($"/{DemoLookup.Vestfold}/personer/rediger");
        Assert.Contains("/konto/ingen-tilgang", edit.Headers.Location!.OriginalString);
    }

    private async Task CreateUserAsync(string email, CommunityRole role)
    {
        var communityId = await factory.CommunityIdAsync(DemoLookup.Vestfold);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<Helsefellesskap.Web.Infrastructure.Data.AppDbContext>();
        db.CommunityAccesses.Add(new CommunityAccess { UserId = user.Id, Role = role, CommunityId = communityId });
        await db.SaveChangesAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAccountTests(SqliteAppFactory factory) : AccountTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountTests(PostgresAppFactory factory) : AccountTests(factory);
