namespace Sillage.Domaine;

/// <summary>A refused input: the field it concerns and the French message naming the rule.</summary>
public sealed record ErreurValidation(string Champ, string Message);
