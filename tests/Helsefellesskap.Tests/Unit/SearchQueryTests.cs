using Helsefellesskap.Web.Features.Search;

namespace Helsefellesskap.Tests.Unit;

public sealed class SearchQueryTests
{
    private static SearchQuery Parse(string text)
    {
        var (query, problem) = SearchQuery.Parse(text);
        Assert.Null(problem);
        return query!;
    }

    private static string[] Clauses(string text) => Parse(text).Clauses.Select(c => string.Join(' ', c.Terms)).ToArray();

    [Fact]
    public void Words_become_stemmed_terms_without_stop_words_or_repeats()
    {
        Assert.Equal(["avtal", "samarbeid"], Clauses("Avtalen om samarbeid, avtaler og avtale"));
        Assert.Equal(["avtalen", "samarbeid"], Parse("Avtalen om samarbeid").Clauses.Select(c => c.Words[0]));
    }

    [Fact]
    public void Quoted_words_are_a_phrase_and_an_unbalanced_quote_is_ignored()
    {
        var query = Parse("\"helhetlige pasientforløp\" beredskap \"utskrivningsklare");
        Assert.Equal(["helhet pasientforløp", "beredskap", "utskrivningsklar"], query.Clauses.Select(c => string.Join(' ', c.Terms)));
        Assert.Equal([true, false, false], query.Clauses.Select(c => c.IsPhrase));
        Assert.Equal(["helhetlige", "pasientforløp"], query.Clauses[0].Words);
        Assert.Equal(["avtal"], Clauses("«avtalen»"));
    }

    [Theory]
    [InlineData("NEAR(avtale samarbeid, 5)", new[] { "near", "avtal", "samarbeid", "5" })]
    [InlineData("TitleTerms:avtal* OR -samarbeid", new[] { "titleterm", "avtal", "or", "samarbeid" })]
    [InlineData("'; DROP TABLE x;--", new[] { "drop", "tabl", "x" })]
    [InlineData("<script>alert(1)</script>", new[] { "script", "alert", "1" })]
    [InlineData("sak 2022.39", new[] { "sak", "2022.39" })]
    public void Syntax_of_every_kind_is_only_text(string text, string[] terms) => Assert.Equal(terms, Clauses(text));

    [Theory]
    [InlineData(null, SearchQueryProblem.Empty)]
    [InlineData("  ", SearchQueryProblem.Empty)]
    [InlineData("og det i", SearchQueryProblem.NoSearchableWords)]
    [InlineData("\"\" * () --", SearchQueryProblem.NoSearchableWords)]
    public void Nothing_to_search_for_is_a_problem(string? text, SearchQueryProblem problem) =>
        Assert.Equal(problem, SearchQuery.Parse(text).Problem);

    [Fact]
    public void At_most_500_characters()
    {
        Assert.Null(SearchQuery.Parse(new string('a', 500)).Problem);
        Assert.Equal(SearchQueryProblem.TooLong, SearchQuery.Parse(new string('a', 501)).Problem);
    }

    [Fact]
    public void The_fts5_expression_quotes_every_term_and_phrase() =>
        Assert.Equal("\"helhet pasientforløp\" AND \"near\" AND \"avtal\"", SiteSearch.Fts5Expression(Parse("\"helhetlige pasientforløp\" NEAR avtalen")));

    [Theory]
    [InlineData("organ=x", "Search.Problem.Body")]
    [InlineData("ar=1899", "Search.Problem.Year")]
    [InlineData("ar=2024.5", "Search.Problem.Year")]
    [InlineData("type=Attachment", "Search.Problem.Type")]
    [InlineData("side=101", "Search.Problem.Page")]
    [InlineData("side=-1", "Search.Problem.Page")]
    public void Filters_must_be_valid(string parameter, string error)
    {
        var (name, value) = (parameter.Split('=')[0], parameter.Split('=')[1]);
        var (request, key) = SearchRequest.Parse("avtale", name == "organ" ? value : null, name == "ar" ? value : null,
            name == "type" ? value : null, name == "side" ? value : null);
        Assert.Null(request);
        Assert.Equal(error, key);
    }

    [Fact]
    public void Valid_filters_are_read()
    {
        var (request, _) = SearchRequest.Parse("avtale", "7", "2024", "vedlegg", "3");
        Assert.Equal((7, 2024, SearchDocumentKind.Attachment, 3), (request!.BodyId, request.Year, request.Kind, request.Page));
    }
}

public sealed class SearchSnippetTests
{
    private static IReadOnlySet<string> Terms(string query) => SearchQuery.Parse(query).Query!.Terms;

    [Fact]
    public void Matching_words_are_marked_in_any_form_and_everything_is_encoded()
    {
        var snippet = SearchSnippet.Build("Partene <b>har</b> inngått avtaler & planer om Avtalen.", Terms("avtale"));
        Assert.Equal("Partene &lt;b&gt;har&lt;/b&gt; inngått <mark>avtaler</mark> &amp; planer om <mark>Avtalen</mark>", snippet);
    }

    [Fact]
    public void A_long_text_is_cut_to_a_window_around_the_best_hits()
    {
        var words = Enumerable.Range(0, 200).Select(i => $"ord{i}").ToList();
        words[50] = "beredskap";
        words[150] = "beredskapsplan";
        words[153] = "kommunene";
        var snippet = SearchSnippet.Build(string.Join(' ', words), Terms("beredskapsplaner kommune"));

        Assert.StartsWith("… ord144 ord145", snippet);
        Assert.Contains("<mark>beredskapsplan</mark> ord151 ord152 <mark>kommunene</mark>", snippet);
        Assert.EndsWith("ord173 …", snippet);
        Assert.Equal(SearchSnippet.WindowWords, snippet.Split(' ').Length - 2);
    }

    [Fact]
    public void Without_a_hit_in_the_text_the_start_is_shown()
    {
        Assert.Equal("Kort tekst uten treff", SearchSnippet.Build("Kort\n\ntekst   uten treff", Terms("avtale")));
        Assert.Equal("", SearchSnippet.Build("  ", Terms("avtale")));
    }

    [Fact]
    public void A_hit_deep_in_a_very_long_text_is_found()
    {
        var text = string.Concat(Enumerable.Repeat("innledning ", 50_000)) + "her står samhandlingsavviket til slutt";
        var snippet = SearchSnippet.Build(text, Terms("samhandlingsavvik"));
        Assert.Contains("<mark>samhandlingsavviket</mark> til slutt", snippet);
        Assert.StartsWith("… ", snippet);
    }
}
