using Helsefellesskap.Web.Features.Partners;

namespace Helsefellesskap.Tests.Unit;

public sealed class NorwegianIdentifiersTests
{
    [Theory]
    [InlineData("983975259", true)] // Sykehuset i Vestfold HF
    [InlineData("894166762", true)] // Vestre Viken HF
    [InlineData("983975240", true)] // Sørlandet sykehus HF
    [InlineData("983975258", false)]
    [InlineData("98397525", false)]
    [InlineData("98397525X", false)]
    public void Organisation_numbers_are_checked_with_modulus_11(string number, bool valid) =>
        Assert.Equal(valid, NorwegianIdentifiers.IsValidOrganisationNumber(number));

    [Theory]
    [InlineData("3905", true)]
    [InlineData("0301", true)]
    [InlineData("0012", false)]
    [InlineData("390", false)]
    [InlineData("39O5", false)]
    public void Municipality_numbers_are_four_digits(string number, bool valid) =>
        Assert.Equal(valid, NorwegianIdentifiers.IsValidMunicipalityNumber(number));

    [Fact]
    public void Spaces_are_removed_and_blank_becomes_null()
    {
        Assert.Equal("983975259", NorwegianIdentifiers.Normalise(" 983 975 259 "));
        Assert.Null(NorwegianIdentifiers.Normalise("  "));
    }
}
