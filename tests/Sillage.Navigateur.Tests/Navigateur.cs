using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Navigateur.Tests;

/// <summary>Debian's chromium driven by Playwright (no browser download), one per test class.</summary>
public sealed class Navigateur : IAsyncLifetime
{
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Chromium { get; private set; } = null!;

    /// <summary>The screen of a desk agent, in French.</summary>
    public static BrowserNewContextOptions Ecran(bool javascript = true) =>
        new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "fr-FR", JavaScriptEnabled = javascript, AcceptDownloads = true };

    public async Task InitializeAsync()
    {
        // Web-first assertions (Expect) retry until the page shows what is awaited: they do not depend on the
        // browser's load events, which a fast redirect can deliver before the test listens. The first pages of a
        // fresh server are compiled on demand, hence the generous delay.
        Assertions.SetDefaultExpectTimeout(30_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Chromium = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SILLAGE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// Opens <paramref name="depart"/> (a page behind the login), logs in as <paramref name="login"/> and returns once
    /// the application page, not the login form, is displayed.
    /// </summary>
    public async Task<IPage> ConnecterAsync(ServeurSillage serveur, string login, BrowserNewContextOptions? options = null, string depart = "/connexion")
    {
        var page = await (await Chromium.NewContextAsync(options ?? Ecran())).NewPageAsync();
        await page.GotoAsync(new Uri(serveur.Adresse, depart).ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/connexion"));
        await page.GetByLabel("Identifiant").FillAsync(login);
        await page.GetByLabel("Mot de passe").FillAsync(ServeurSillage.MotDePasse);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/connexion"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        Playwright.Dispose();
    }
}

/// <summary>Waits that look at the page itself, never at load events.</summary>
public static class AttentesPage
{
    /// <summary>Waits until the address ends with <paramref name="fin"/> (path and query, written as is), an anchor aside.</summary>
    public static Task AttendreUrlAsync(this IPage page, string fin) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(fin) + "(#[^#]*)?$"));
}
