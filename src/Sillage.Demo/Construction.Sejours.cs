using Sillage.Domaine.Temps;

namespace Sillage.Demo;

internal sealed partial class Construction
{
    private const string ModeLieu = "LIEU";
    private const string ModeDomicile = "DOMICILE";
    private const string ModeTdc = "TDC";
    private const string ModeAutre = "AUTRE";

    /// <summary>Ages (in whole years, inclusive) each type of lieu receives.</summary>
    internal static readonly IReadOnlyDictionary<string, (int Min, int Max)> AgesLieu = new Dictionary<string, (int, int)>
    {
        ["ASSISTANT_FAMILIAL"] = (0, 20),
        ["MECS"] = (3, 20),
        ["FDE"] = (0, 17),
        ["POUPONNIERE"] = (0, 2),
        ["LVA"] = (6, 20),
        ["VILLAGE_ENFANTS"] = (0, 17),
        ["CENTRE_MATERNEL"] = (0, 20),
        ["FOYER_JEUNES_MAJEURS"] = (16, 20),
        ["LOGEMENT_AUTONOME"] = (16, 20),
        ["HOTEL"] = (16, 20),
        ["AUTRE"] = (0, 20),
    };

    private static double DureeSegmentJours(string? typeLieu) => typeLieu switch
    {
        "ASSISTANT_FAMILIAL" => 800,
        "MECS" or "LVA" or "VILLAGE_ENFANTS" => 550,
        "FDE" => 120,
        "HOTEL" => 45,
        "LOGEMENT_AUTONOME" or "FOYER_JEUNES_MAJEURS" => 400,
        _ => 365,
    };

    private bool HotelPossible(int age, DateOnly jour) => age >= 16 && jour < FinHotel.AddDays(-30);

    /// <summary>Hébergement mix the default weights below give over the decade (familles, établissements, autonomes, autres).</summary>
    private static readonly double[] MixParDefaut = [0.46, 0.36, 0.06, 0.12];

    private double[]? _multiplicateurs;

    /// <summary>
    /// Département-specific weights, so that the history around the snapshot has the same hébergement
    /// mix as the DREES row (Essonne houses many more jeunes in autonomy than Orne…).
    /// </summary>
    private double Poids(string type, double poids)
    {
        if (_multiplicateurs is null)
        {
            var a = Math.Max(1.0, _drees.TotalConfiesAseA);
            double[] parts = [_drees.HebergFamillesAccueil / a, _drees.HebergEtablissements / a, _drees.HebergAdoJmAutonomes / a, _drees.HebergAutres / a];
            _multiplicateurs = parts.Select((p, i) => _drees.TotalConfiesAseA == 0 ? 1.0 : Math.Clamp(p / MixParDefaut[i], 0.15, 5.0)).ToArray();
        }
        var groupe = type switch
        {
            "ASSISTANT_FAMILIAL" => 0,
            "LOGEMENT_AUTONOME" => 2,
            "HOTEL" or "AUTRE" => 3,
            _ => 1,
        };
        return poids * _multiplicateurs[groupe];
    }

    private string ChoisirLieu(params (string Type, double Poids)[] choix) =>
        Choisir(choix.Select(c => (c.Type, Poids(c.Type, c.Poids))).ToArray());

    /// <summary>Where a child confié of this age lives (history outside the DREES snapshot).</summary>
    private string TypeLieuSelonAge(int age, DateOnly jour, bool mna)
    {
        var hotel = HotelPossible(age, jour);
        if (age < 3)
            return ChoisirLieu(("ASSISTANT_FAMILIAL", 55.0), ("POUPONNIERE", 25.0), ("FDE", 8.0), ("CENTRE_MATERNEL", 5.0), ("VILLAGE_ENFANTS", 5.0), ("AUTRE", 2.0));
        if (age < 6)
            return ChoisirLieu(("ASSISTANT_FAMILIAL", 62.0), ("MECS", 12.0), ("FDE", 8.0), ("VILLAGE_ENFANTS", 12.0), ("AUTRE", 2.0));
        if (age < 16)
            return ChoisirLieu(("ASSISTANT_FAMILIAL", 50.0), ("MECS", 27.0), ("FDE", 5.0), ("LVA", 8.0), ("VILLAGE_ENFANTS", 6.0), ("AUTRE", 4.0));
        if (age < 18)
            return mna
                ? ChoisirLieu(("ASSISTANT_FAMILIAL", 8.0), ("MECS", 30.0), ("LOGEMENT_AUTONOME", 32.0), ("FOYER_JEUNES_MAJEURS", 12.0), ("HOTEL", hotel ? 18.0 : 0.0))
                : ChoisirLieu(("ASSISTANT_FAMILIAL", 33.0), ("MECS", 33.0), ("LVA", 7.0), ("FOYER_JEUNES_MAJEURS", 6.0), ("LOGEMENT_AUTONOME", 12.0), ("HOTEL", hotel ? 2.0 : 0.0), ("AUTRE", 4.0));
        return ChoisirLieu(("ASSISTANT_FAMILIAL", 25.0), ("FOYER_JEUNES_MAJEURS", 25.0), ("LOGEMENT_AUTONOME", 30.0), ("MECS", 10.0), ("CENTRE_MATERNEL", 3.0), ("HOTEL", hotel ? 3.0 : 0.0), ("AUTRE", 3.0));
    }

    /// <summary>An établissement for a child of this age (DREES "établissements").</summary>
    private string TypeEtablissement(int age)
    {
        if (age < 3) return Choisir(("POUPONNIERE", 55.0), ("FDE", 10.0), ("CENTRE_MATERNEL", 15.0), ("VILLAGE_ENFANTS", 20.0));
        if (age < 6) return Choisir(("MECS", 55.0), ("FDE", 10.0), ("VILLAGE_ENFANTS", 35.0));
        if (age < 16) return Choisir(("MECS", 60.0), ("FDE", 7.0), ("VILLAGE_ENFANTS", 13.0), ("LVA", 20.0));
        if (age < 18) return Choisir(("MECS", 62.0), ("FDE", 5.0), ("LVA", 18.0), ("FOYER_JEUNES_MAJEURS", 15.0));
        return Choisir(("FOYER_JEUNES_MAJEURS", 60.0), ("MECS", 20.0), ("CENTRE_MATERNEL", 10.0), ("LVA", 10.0));
    }

    /// <summary>Placement direct en établissement ou service (375-3 4°/5°).</summary>
    private string TypeEtablissementDirect(int age)
    {
        if (age < 3) return "POUPONNIERE";
        if (age < 6) return Choisir(("MECS", 60.0), ("VILLAGE_ENFANTS", 25.0), ("AUTRE", 15.0));
        return Choisir(("MECS", 50.0), ("LVA", 20.0), ("VILLAGE_ENFANTS", 10.0), ("AUTRE", 20.0), ("FOYER_JEUNES_MAJEURS", age >= 16 ? 10.0 : 0.0));
    }

    /// <summary>How an episode's séjours are chosen: a fixed mode for the whole episode, or a lieu type per age.</summary>
    private Func<int, DateOnly, (string Mode, string? Type)>? Choix(Ep ep)
    {
        var e = ep.Enfant;
        switch (ep.Type.Code)
        {
            case "PEAD": return (_, _) => (ModeDomicile, null);
            case "TDC": return (_, _) => (ModeTdc, null);
            case "DAP_TIERS":
                return P(0.7) ? (_, _) => (ModeTdc, null) : (age, _) => (ModeLieu, TypeEtablissementDirect(age));
            case "PLACEMENT_DIRECT_ETAB": return (age, _) => (ModeLieu, TypeEtablissementDirect(age));
            case "AEMO_R": return P(0.5) ? (_, _) => (ModeDomicile, null) : null;
            case "ACCUEIL_72H": return (_, _) => (ModeLieu, "FDE");
            case "RECUEIL_URGENCE":
                return (age, jour) => (ModeLieu, e.Mna && HotelPossible(age, jour) && P(0.6) ? "HOTEL" : "FDE");
            case "ACCUEIL_MERE_ENFANT": return (_, _) => (ModeLieu, "CENTRE_MATERNEL");
            default:
                return ep.Type.EstConfieA ? (age, jour) => (ModeLieu, TypeLieuSelonAge(age, jour, e.Mna)) : null;
        }
    }

    private void CreerSegments(Ep ep)
    {
        if (ep.Debut is not { } debut) return;
        var choix = Choix(ep);
        if (choix is null) return;
        Remplir(ep, debut, ep.Fin, choix);
    }

    /// <summary>Last day a child may stay in a lieu of this type (age limit, hotel ban).</summary>
    private static DateOnly LimiteLieu(Enf e, string? type)
    {
        if (type is null) return DateOnly.MaxValue;
        var limite = Ages.DateDesAns(e.Naissance, AgesLieu[type].Max + 1).AddDays(-1);
        return type == "HOTEL" ? Min(limite, FinHotel) : limite;
    }

    /// <summary>Fills [a, b] (b null = still running at the end of the history) with consecutive séjours.</summary>
    private void Remplir(Ep ep, DateOnly a, DateOnly? b, Func<int, DateOnly, (string Mode, string? Type)> choix)
    {
        var e = ep.Enfant;
        var cur = a;
        while ((b is null || cur <= b) && cur <= Fin)
        {
            var (mode, type) = choix(Ages.AgeAu(e.Naissance, cur), cur);
            // No lieu receives the child at this age any more: the rest of the episode has no séjour.
            if (LimiteLieu(e, type) < cur) return;
            var fin = cur.AddDays(Math.Max(20, ExpJours(DureeSegmentJours(type))));
            if (mode is ModeDomicile or ModeTdc) fin = DateOnly.MaxValue;
            if (b is { } bb) fin = Min(fin, bb);
            fin = Min(fin, LimiteLieu(e, type));
            if (b is null && fin > Fin)
            {
                ep.Segments.Add(new Seg { Enfant = e, Ep = ep, Mode = mode, TypeLieu = type, Debut = cur, Fin = null });
                return;
            }
            ep.Segments.Add(new Seg { Enfant = e, Ep = ep, Mode = mode, TypeLieu = type, Debut = cur, Fin = fin });
            if (fin >= Fin) return;
            cur = fin.AddDays(1);
        }
    }

    /// <summary>
    /// Séjours of an episode of the DREES snapshot: the séjour active on 31/12/2020 has the requested
    /// hébergement (<paramref name="mode"/> empty = no séjour that day), the rest is filled by age.
    /// </summary>
    private void CreerSegmentsPhoto(Ep ep, string mode, string? type)
    {
        var e = ep.Enfant;
        var debut = ep.Debut!.Value;
        var (ageMin, _) = type is null ? (0, 20) : AgesLieu[type];
        var hotel = type == "HOTEL";
        var debutMin = Max(debut, Ages.DateDesAns(e.Naissance, ageMin));
        var sf = Max(debutMin, D.AddDays(-ExpJours(hotel ? 60 : 500)));
        var ff = Min(D.AddDays(ExpJours(hotel ? 60 : 500)), LimiteLieu(e, type));
        if (ep.Fin is { } f) ff = Min(ff, f);
        var ouvert = ep.Fin is null && ff > Fin;
        var choix = Choix(ep) ?? ((age, jour) => (ModeLieu, TypeLieuSelonAge(age, jour, e.Mna)));
        if (sf > debut) Remplir(ep, debut, sf.AddDays(-1), choix);
        if (mode.Length > 0)
            ep.Segments.Add(new Seg { Enfant = e, Ep = ep, Mode = mode, TypeLieu = type, Debut = sf, Fin = ouvert ? null : ff });
        if (!ouvert && (ep.Fin is null || ff < ep.Fin)) Remplir(ep, ff.AddDays(1), ep.Fin, choix);
    }
}
