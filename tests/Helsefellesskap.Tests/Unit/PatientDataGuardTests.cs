using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Tests.Unit;

/// <summary>
/// The "no patient data" guard: known numbers from norway.md, the other pattern families, and property tests over
/// thousands of generated texts (seeded, so a failure names a case that can be run again).
/// </summary>
public sealed class PatientDataGuardTests
{
    private const int Cases = 3000;

    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    /// <summary>The text of each hit, for readable assertions (the guard itself never returns text).</summary>
    private static string[] Found(string text, PatientDataKind kind) =>
        PatientDataGuard.Scan(text).Where(h => h.Kind == kind).Select(h => text.Substring(h.Start, h.Length)).ToArray();

    [Theory]
    [InlineData("31129956715")] // norway.md's worked example
    [InlineData("71129956709")] // D-number: day + 40
    [InlineData("15452050150")] // H-number: month + 40
    [InlineData("10915596784")] // Test-Norge: month + 80
    [InlineData("88888888831")] // FH-number: no date
    [InlineData("31129956723")] // 2032 rule, r1 = 1
    [InlineData("01019012308")] // 2032 rule only: no classic number starts 010190123
    [InlineData("01013250185")] // 2032 rule, r1 = 3
    [InlineData("29029612410")] // 29 February
    public void Valid_identity_numbers_validate(string number) => Assert.True(PatientDataGuard.IsIdentityNumber(number));

    [Theory]
    [InlineData("31129956716")] // K2 off by one
    [InlineData("31129956758")] // r1 = 4: outside even the 2032 rule
    [InlineData("32129956754")] // day 32, control digits right
    [InlineData("31139956705")] // month 13
    [InlineData("00129956763")] // day 0
    [InlineData("30029956738")] // 30 February
    [InlineData("31049956757")] // 31 April
    [InlineData("12345678911")]
    [InlineData("3112995671")]
    [InlineData("311299567150")]
    [InlineData("3112995671x")]
    public void Other_numbers_do_not(string number) => Assert.False(PatientDataGuard.IsIdentityNumber(number));

    [Theory]
    [InlineData("Pasienten har fnr. 31129956715 og ble sendt hjem.", "31129956715")]
    [InlineData("fnr.31129956715", "31129956715")]
    [InlineData("(311299 56715)", "311299 56715")]
    [InlineData("Nr: 311299-56715.", "311299-56715")]
    [InlineData("311299.56715, se over", "311299.56715")]
    [InlineData("D-nummer 711299 56709", "711299 56709")]
    [InlineData("FH 88888888831", "88888888831")]
    [InlineData("født 31129956715", "31129956715")]
    public void Identity_numbers_in_text_are_found_together_or_split(string text, string expected) =>
        Assert.Equal([expected], Found(text, PatientDataKind.IdentityNumber));

    [Theory]
    [InlineData("Kontonummer 1234.56.78903 og saksnummer 2024.35")]
    [InlineData("Referanse 311299567150 i eget system")]
    [InlineData("Tallet 1311299 56715 er en ordre")]
    public void Numbers_inside_longer_numbers_are_no_identity_numbers(string text) =>
        Assert.Empty(Found(text, PatientDataKind.IdentityNumber));

    [Theory]
    [InlineData("Ring 91234567 i morgen", "91234567")]
    [InlineData("tlf. +47 912 34 567.", "+47 912 34 567")]
    [InlineData("tlf.91234567", "91234567")]
    [InlineData("0047 22 33 44 55", "0047 22 33 44 55")]
    [InlineData("+4791234567", "+4791234567")]
    [InlineData("sentralbord 33 34 20 00, spør etter vakt", "33 34 20 00")]
    [InlineData("mobil 412 34 567", "412 34 567")]
    public void Phone_numbers_are_found(string text, string expected) =>
        Assert.Equal([expected], Found(text, PatientDataKind.PhoneNumber));

    [Theory]
    [InlineData("Ordrenummer 12345678")] // starts with 1
    [InlineData("Org.nr. 983975259 og 983 975 259")]
    [InlineData("Beløpet var kr 25 000 000")]
    [InlineData("Møtet 24.11.2022 kl. 14.30, sak 2022.40")]
    [InlineData("Saksnummer 2024/123456")]
    public void Other_numbers_are_no_phone_numbers(string text) => Assert.Empty(PatientDataGuard.Scan(text));

    [Theory]
    [InlineData("Pasienten er født 12.03.1950 og bor alene.", "født 12.03.1950")]
    [InlineData("f. 12.03.50", "f. 12.03.50")]
    [InlineData("fødd 3/4-50", "fødd 3/4-50")]
    [InlineData("født 3. mars 1950", "født 3. mars 1950")]
    [InlineData("født den 3. mars 1950", "født den 3. mars 1950")]
    [InlineData("født i mars 1950", "født i mars 1950")]
    [InlineData("Mann f. -45 kom inn", "f. -45")]
    [InlineData("født 1950", "født 1950")]
    [InlineData("født i 1950.", "født i 1950")]
    [InlineData("f.d. 12.03.1950", "f.d. 12.03.1950")]
    [InlineData("Fødselsdato: 12.03.1950", "Fødselsdato: 12.03.1950")]
    [InlineData("fdato 120350", "fdato 120350")]
    [InlineData("f.dato 12.03.1950", "f.dato 12.03.1950")]
    [InlineData("født 24112022", "født 24112022")]
    [InlineData("(f. 1945)", "f. 1945")]
    public void Dates_of_birth_are_found_next_to_birth_words(string text, string expected) =>
        Assert.Equal([expected], Found(text, PatientDataKind.DateOfBirth));

    [Theory]
    [InlineData("En 82 år gammel kvinne ble sendt hjem", "82 år gammel kvinne")]
    [InlineData("82-årig mann", "82-årig mann")]
    [InlineData("82 år gml. dame", "82 år gml. dame")]
    [InlineData("kvinne (82) med hjemmesykepleie", "kvinne (82)")]
    [InlineData("Mannen, 45 år, manglet resept", "Mannen, 45 år")]
    [InlineData("jente på 4 år", "jente på 4 år")]
    public void Age_with_sex_is_found(string text, string expected) =>
        Assert.Equal([expected], Found(text, PatientDataKind.AgeAndSex));

    [Theory]
    [InlineData("Møtet 24.11.2022 ble utsatt.")]
    [InlineData("Den 03.11.2026 kom pasienten hjem uten epikrise.")]
    [InlineData("Hendelsen skjedde 3. mars 2024 kl. 14.30.")]
    [InlineData("Sak 2022.40 og sak 2024.35 om digitale avviksmeldinger.")]
    [InlineData("I 2023 kom 45 meldinger, 12 % av dem etter 3 år med ventetid.")]
    [InlineData("Barnet ble født på sykehuset og reiste hjem etter 2 dager.")]
    [InlineData("Gjelder f.o.m. 01.01.2024, jf. 12.03.2024, f.eks. 12 pasienter.")]
    [InlineData("Kvinneklinikken (3) og Kvinne- og barneklinikken svarte.")]
    [InlineData("Lov av 02.07.1999 nr. 63 om pasient- og brukerrettigheter.")]
    public void Ordinary_dates_times_and_numbers_are_not_flagged(string text) => Assert.Empty(PatientDataGuard.Scan(text));

    [Theory]
    [InlineData("Pasienten Kari Nordmann ble sendt hjem.", "Kari Nordmann")]
    [InlineData("pas. Hansen fikk ikke medisiner", "Hansen")]
    [InlineData("Pasient: Ola Nordmann", "Ola Nordmann")]
    [InlineData("brukeren, Per, ringte", "Per")]
    [InlineData("bruker: Per Olsen", "Per Olsen")]
    [InlineData("beboer Anne-Lise Berg Dahl Hansen", "Anne-Lise Berg Dahl")]
    [InlineData("pårørende Kari ringte", "Kari")]
    [InlineData("hr. Olsen og fru Åsheim", "Olsen", "Åsheim")]
    [InlineData("Vi snakket med Kari Nordmann (pasient) i går.", "Kari Nordmann")]
    [InlineData("Ola Hansen, pasient på sengepost 3", "Ola Hansen")]
    [InlineData("pasienten Sykehuset, pasienten Øyvind", "Øyvind")]
    public void Names_next_to_patient_words_are_found(string text, params string[] expected) =>
        Assert.Equal(expected, Found(text, PatientDataKind.PatientName));

    [Theory]
    [InlineData("Epikrisen kom ikke til pasienten. Han måtte vente.")]
    [InlineData("Pasienten DIPS-journal og PLO-melding manglet; kontakt SiV.")]
    [InlineData("Pasienten bruker Helsenorge og kommunen bruker Gerica.")]
    [InlineData("Pasienten Kjernejournal var ikke oppdatert.")]
    [InlineData("pasient fra Larvik kommune til Sykehuset i Vestfold")]
    [InlineData("Pasientreiser ble bestilt; Pasient- og brukerombudet er varslet.")]
    [InlineData("Kommunen bruker Visma, og brukerne Profil.")]
    [InlineData("Pårørende: Datter ringte, pasient: Ukjent.")]
    public void Capitalised_non_names_and_other_sentences_are_not_names(string text) =>
        Assert.Empty(Found(text, PatientDataKind.PatientName));

    [Fact]
    public void Hits_come_in_text_order_and_do_not_overlap()
    {
        var text = "Kari Nordmann (pasient), født 12.03.1950, fnr 31129956715, tlf. 91234567";
        var hits = PatientDataGuard.Scan(text);
        Assert.Equal(
            [PatientDataKind.PatientName, PatientDataKind.DateOfBirth, PatientDataKind.IdentityNumber, PatientDataKind.PhoneNumber],
            hits.Select(h => h.Kind));
        Assert.All(hits.Zip(hits.Skip(1)), pair => Assert.True(pair.First.Start + pair.First.Length <= pair.Second.Start));
    }

    [Theory]
    [InlineData(IdentityKind.BirthNumber)]
    [InlineData(IdentityKind.DNumber)]
    [InlineData(IdentityKind.HNumber)]
    [InlineData(IdentityKind.TestNorge)]
    [InlineData(IdentityKind.FhNumber)]
    [InlineData(IdentityKind.Rule2032)]
    public void Generated_identity_numbers_planted_in_prose_are_always_caught(IdentityKind kind)
    {
        var samples = new PatientDataSamples(seed: 1000 + (int)kind);
        for (var i = 0; i < Cases; i++)
        {
            var planted = samples.Plant(samples.IdentityForm(samples.IdentityNumber(kind)));
            var hits = PatientDataGuard.Scan(planted.Text);
            Assert.True(
                hits.Contains(new PatientDataHit(PatientDataKind.IdentityNumber, planted.Start, planted.Length)),
                $"case {i}: not caught in «{planted.Text}»");
        }
    }

    [Fact]
    public void Generated_phone_numbers_planted_in_prose_are_always_caught()
    {
        var samples = new PatientDataSamples(seed: 2000);
        for (var i = 0; i < Cases; i++)
        {
            var planted = samples.Plant(samples.PhoneNumber());
            Assert.True(
                PatientDataGuard.Scan(planted.Text).Contains(new PatientDataHit(PatientDataKind.PhoneNumber, planted.Start, planted.Length)),
                $"case {i}: not caught in «{planted.Text}»");
        }
    }

    [Fact]
    public void Generated_ordinary_text_is_never_flagged()
    {
        var samples = new PatientDataSamples(seed: 3000);
        for (var i = 0; i < Cases; i++)
        {
            var text = samples.OrdinaryText();
            var hits = PatientDataGuard.Scan(text);
            Assert.True(hits.Count == 0, $"case {i}: {string.Join(", ", hits.Select(h => $"{h.Kind} «{text.Substring(h.Start, h.Length)}»"))} in «{text}»");
        }
    }

    [Fact]
    public void A_mistyped_identity_number_fails_the_control_digits_and_is_not_blocked()
    {
        var samples = new PatientDataSamples(seed: 4000);
        for (var i = 0; i < Cases; i++)
        {
            var valid = samples.IdentityNumber((IdentityKind)(i % 6));
            var mistyped = samples.Mistyped(valid);
            Assert.False(PatientDataGuard.IsIdentityNumber(mistyped), $"case {i}: {mistyped} (from {valid})");
            Assert.Empty(PatientDataGuard.Scan($"Saken gjelder nummer {samples.IdentityForm(mistyped)} i eget system."));
        }
    }

    [Fact]
    public void Check_names_the_field_and_position_without_repeating_the_text()
    {
        var modelState = new ModelStateDictionary();
        var text = "Pasienten med fnr 31129956715 ble sendt hjem.";

        var clean = PatientDataValidation.Check(modelState, "Input.WhatHappened", "Hva skjedde?", text, L);

        Assert.False(clean);
        var message = Assert.Single(modelState["Input.WhatHappened"]!.Errors).ErrorMessage;
        Assert.Contains("«Hva skjedde?»", message);
        Assert.Contains("fødselsnummer", message);
        Assert.Contains("tegn 19–29", message);
        Assert.DoesNotContain("31129956715", message);
        Assert.DoesNotContain("311299", message);
    }

    [Fact]
    public void Check_gives_one_message_per_hit_and_none_for_clean_text()
    {
        var modelState = new ModelStateDictionary();

        Assert.True(PatientDataValidation.Check(modelState, "Text", "Melding", "Møtet 24.11.2022, sak 2022.40.", L));
        Assert.Equal(0, modelState.ErrorCount);

        Assert.False(PatientDataValidation.Check(modelState, "Text", "Melding", "Pasienten Kari Nordmann, tlf. 91234567", L));
        var messages = modelState["Text"]!.Errors.Select(e => e.ErrorMessage).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.DoesNotContain("Kari", m));
        Assert.All(messages, m => Assert.DoesNotContain("91234567", m));
    }
}
