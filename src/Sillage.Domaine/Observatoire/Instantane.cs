namespace Sillage.Domaine.Observatoire;

/// <summary>
/// Everything the observatoire computes from, as plain records (ids are the interchange ids):
/// loaded once from the database, or built by hand in tests. No database here.
/// </summary>
public sealed record Instantane(
    IReadOnlyList<string> Territoires,
    IReadOnlyList<Instantane.Enfant> Enfants,
    IReadOnlyList<Instantane.Information> Informations,
    IReadOnlyList<Instantane.Mesure> Mesures,
    IReadOnlyList<Instantane.Sejour> Sejours,
    IReadOnlyList<Instantane.Lieu> Lieux,
    IReadOnlyList<Instantane.Population> Populations,
    IReadOnlyList<Instantane.Date> Ppe,
    IReadOnlyList<Instantane.Date> Rapports,
    IReadOnlyList<Instantane.Date> Entretiens,
    IReadOnlyList<Instantane.Date> ExamensCessec)
{
    public sealed record Enfant(string Id, string Territoire, DateOnly Naissance, bool Mna, string? Famille);
    public sealed record Evaluation(string EnfantId, DateOnly? FinEvaluation, string? Conclusion, DateOnly? DateDecision);
    public sealed record Information(string Id, DateOnly DateReception, string Qualification, IReadOnlyList<Evaluation> Enfants);
    public sealed record Mesure(string Id, string EnfantId, string Type, DateOnly DateDecision, DateOnly? Debut, DateOnly? FinPrevue, DateOnly? Fin);
    public sealed record Sejour(string Id, string EnfantId, string MesureId, string? LieuId, string Mode, DateOnly Debut, DateOnly? Fin);
    public sealed record Lieu(string Id, string Type, string Territoire, int Capacite, DateOnly? Ouverture, DateOnly? Fermeture);
    /// <summary>Territoire "*" = the whole département.</summary>
    public sealed record Population(int Annee, string Territoire, int Age, int Effectif);
    /// <summary>A dated fact of a child (PPE signature, rapport, entretien, CESSEC examination).</summary>
    public sealed record Date(string EnfantId, DateOnly Jour);

    public const string Departement = "*";
}
