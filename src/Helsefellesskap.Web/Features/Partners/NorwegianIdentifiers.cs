namespace Helsefellesskap.Web.Features.Partners;

/// <summary>Format checks for the public identifiers of Norwegian organisations.</summary>
public static class NorwegianIdentifiers
{
    private static readonly int[] OrganisationNumberWeights = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>A kommunenummer is four digits; the first two are the county (fylke), never 00.</summary>
    public static bool IsValidMunicipalityNumber(string value) =>
        value.Length == 4 && value.All(char.IsAsciiDigit) && value[..2] != "00";

    /// <summary>Nine digits whose last is the modulus-11 control digit of the first eight.</summary>
    public static bool IsValidOrganisationNumber(string value)
    {
        if (value.Length != 9 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }
        var sum = OrganisationNumberWeights.Select((weight, i) => weight * (value[i] - '0')).Sum();
        var control = 11 - (sum % 11);
        if (control == 11)
        {
            control = 0;
        }
        return control != 10 && control == value[8] - '0';
    }

    /// <summary>Removes the spaces people type in "983 975 259".</summary>
    public static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
