using Sillage.Domaine.Mesures;

namespace Sillage.Domaine.Olinpe;

/// <summary>TYPEV: 1 start of a measure or prestation, 2 renewal, 3 end.</summary>
public enum TypeEvenement { Debut = 1, Renouvellement = 2, Fin = 3 }

/// <summary>What the derivation needs of one recorded measure (no name, no birth day).</summary>
public sealed record MesureOlinpe(int MesureId, int EnfantId, string Type, DateOnly? DateDebut, DateOnly? DateFin, string? MotifFin, int? RenouvelleId);

/// <summary>One OLINPE event on one measure.</summary>
public sealed record EvenementMesure(TypeEvenement Type, DateOnly Date, MesureOlinpe Mesure);

/// <summary>
/// The events of year N (CASF D226-3-3 ff., OLINPE.md): recorded when they happen, so a measure
/// gives its start (or renewal) in the year it starts and its end in the year it ends.
/// </summary>
public static class DerivationEvenements
{
    /// <summary>In scope: every measure of the catalogue except the financial aids only (OLINPE.md, « Not: aides financières only »).</summary>
    public static bool DansLePerimetre(string type) => Catalogue.Trouver(type) is { } t && t.Code != "AIDE_FIN";

    public static IEnumerable<string> TypesDansLePerimetre => Catalogue.Types.Select(t => t.Code).Where(DansLePerimetre);

    /// <summary>
    /// The events of <paramref name="annee"/> for one measure, in TYPEV order. A measure that was never
    /// executed (no start date) gives none. A measure that renews another gives a renewal (2) instead of a
    /// start (1). The end of a measure that another measure renews is not an end of intervention: it gives
    /// no event (<paramref name="estRenouvelee"/>); the chain ends with the end of its last measure.
    /// </summary>
    public static IEnumerable<EvenementMesure> Deriver(MesureOlinpe m, int annee, bool estRenouvelee)
    {
        if (!DansLePerimetre(m.Type) || m.DateDebut is not { } debut) yield break;
        if (debut.Year == annee)
            yield return new EvenementMesure(m.RenouvelleId is null ? TypeEvenement.Debut : TypeEvenement.Renouvellement, debut, m);
        if (m.DateFin is { } fin && fin.Year == annee && !estRenouvelee)
            yield return new EvenementMesure(TypeEvenement.Fin, fin, m);
    }

    /// <summary>Every event of the year for a set of measures, ordered by measure id then TYPEV (the file order).</summary>
    public static IEnumerable<EvenementMesure> DeriverTout(IEnumerable<MesureOlinpe> mesures, int annee)
    {
        var liste = mesures.ToList();
        var renouvelees = liste.Where(m => m.RenouvelleId is not null && m.DateDebut is not null).Select(m => m.RenouvelleId!.Value).ToHashSet();
        return liste.OrderBy(m => m.MesureId).SelectMany(m => Deriver(m, annee, renouvelees.Contains(m.MesureId)));
    }
}
