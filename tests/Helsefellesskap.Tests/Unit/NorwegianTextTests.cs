using Helsefellesskap.Web.Features.Search;

namespace Helsefellesskap.Tests.Unit;

public sealed class NorwegianTextTests
{
    [Theory]
    [InlineData("avtalen", "avtaler")]
    [InlineData("avtale", "avtalene")]
    [InlineData("kommunene", "kommuner")]
    [InlineData("helsefellesskapet", "helsefellesskap")]
    [InlineData("pasientforløpene", "pasientforløp")]
    public void Inflected_forms_share_one_term(string one, string other) =>
        Assert.Equal(NorwegianText.Terms(one).Single(), NorwegianText.Terms(other).Single());

    [Fact]
    public void Different_words_keep_different_terms() =>
        Assert.NotEqual(NorwegianText.Terms("avtale").Single(), NorwegianText.Terms("avvik").Single());

    [Fact]
    public void Stop_words_and_symbols_give_no_terms() =>
        Assert.Empty(NorwegianText.Terms("og i det — «» ; * \" ( )"));

    [Theory]
    [InlineData("Sak 2022.39 ble behandlet", "2022.39")]
    [InlineData("vedtatt 24,5 prosent", "24.5")]
    public void Numbers_with_a_dot_or_comma_stay_one_term(string text, string expected) =>
        Assert.Contains(expected, NorwegianText.Terms(text));

    [Fact]
    public void Words_are_lower_cased_and_keep_their_place_in_the_text()
    {
        const string text = "Revidert AVTALE om utskrivning";
        var words = NorwegianText.Words(text).ToList();
        Assert.Equal(4, words.Count);
        Assert.Equal("AVTALE", text.Substring(words[1].Index, words[1].Length));
        Assert.Equal(NorwegianText.Terms("avtalen").Single(), words[1].Term);
        Assert.Null(words[2].Term);
    }

    [Fact]
    public void The_term_string_is_what_fts5_indexes() =>
        Assert.Equal(string.Join(' ', NorwegianText.Terms("Avtalene om pasientforløp")), NorwegianText.TermString("Avtalene om pasientforløp"));
}
