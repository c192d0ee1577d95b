namespace Sillage.Domaine;

/// <summary>A refused input: the field it concerns and the French message naming the rule.</summary>
public sealed record ErreurValidation(string Champ, string Message)
{
    /// <summary>The field of a refused stale edit (someone saved first): the API answers 409 for it.</summary>
    public const string ChampVersion = "Version";

    public bool EstConflit => Champ == ChampVersion;
}
