using Sillage.Domaine.Temps;

namespace Sillage.Demo;

internal sealed partial class Construction
{
    /// <summary>Target occupancy used to size the lieux: capacity = mean year-end occupancy ÷ 0.97.</summary>
    private const double OccupationCible = 0.97;

    private static readonly string[] NomsPropres =
    [
        "Les Tilleuls", "Les Peupliers", "La Roseraie", "Le Petit Prince", "Les Glycines", "Saint-Joseph", "L'Arc-en-ciel",
        "Les Érables", "La Passerelle", "Le Phare", "Les Mouettes", "La Source", "Les Hirondelles", "Le Relais", "Les Lilas",
        "Les Charmilles", "La Clairière", "Le Moulin", "Les Sablons", "La Maison Verte",
    ];

    private int CapaciteTirage(string type) => type switch
    {
        "ASSISTANT_FAMILIAL" => Choisir((1, 15.0), (2, 35.0), (3, 35.0), (4, 15.0)),
        "MECS" => Entre(12, 60),
        "FDE" => Entre(20, 70),
        "POUPONNIERE" => Entre(8, 25),
        "LVA" => Entre(4, 8),
        "VILLAGE_ENFANTS" => Entre(15, 40),
        "CENTRE_MATERNEL" => Entre(8, 25),
        "FOYER_JEUNES_MAJEURS" => Entre(10, 40),
        _ => Entre(5, 30),
    };

    private string NomLieu(string type)
    {
        var nom = NomsPropres[_rnd.Next(NomsPropres.Length)];
        return type switch
        {
            "ASSISTANT_FAMILIAL" => $"Accueil familial {_faker.Name.FirstName(P(0.9) ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male)} {_faker.Name.LastName().ToUpperInvariant()}",
            "MECS" => $"MECS {nom} ({_faker.Address.City()})",
            "FDE" => $"Foyer départemental de l'enfance de {_faker.Address.City()}",
            "POUPONNIERE" => $"Pouponnière {nom}",
            "LVA" => $"Lieu de vie {nom}",
            "VILLAGE_ENFANTS" => $"Village d'enfants de {_faker.Address.City()}",
            "CENTRE_MATERNEL" => $"Centre maternel {nom}",
            "FOYER_JEUNES_MAJEURS" => $"Foyer jeunes majeurs {nom}",
            "LOGEMENT_AUTONOME" => $"Service d'appartements autonomes de {_faker.Address.City()}",
            "HOTEL" => $"Hôtel {nom} ({_faker.Address.City()})",
            _ => $"{Choisir(("IME", 40.0), ("Internat scolaire", 30.0), ("ITEP", 30.0))} de {_faker.Address.City()}",
        };
    }

    /// <summary>
    /// Creates the lieux of every type, sized on the séjours (occupancy around 97 % of capacity at each
    /// year end), and gives each séjour its lieu: a sibling's lieu when one is there, else the least
    /// occupied of a few lieux (same territory preferred).
    /// </summary>
    private List<Lieu> CreerLieuxEtAffecter()
    {
        var segments = _enfants.SelectMany(e => e.Episodes).SelectMany(ep => ep.Segments)
            .Where(s => s.Mode == ModeLieu).OrderBy(s => s.Debut).ThenBy(s => s.Enfant.Numero).ToList();
        var lieux = new List<Lieu>();
        var parType = new Dictionary<string, List<Lieu>>();
        foreach (var type in AgesLieu.Keys)
        {
            var derniereAnnee = type == "HOTEL" ? 2023 : 2024;
            var occupations = new List<int>();
            for (var annee = 2015; annee <= derniereAnnee; annee++)
            {
                var jour = new DateOnly(annee, 12, 31);
                occupations.Add(segments.Count(s => s.TypeLieu == type && Calendrier.ActifLe(s.Debut, s.Fin, jour)));
            }
            var cible = Math.Max(1, (int)Math.Round(occupations.Average() / OccupationCible));
            var liste = new List<Lieu>();
            var total = 0;
            while (total < cible)
            {
                var capacite = Math.Min(CapaciteTirage(type), cible - total);
                if (type != "ASSISTANT_FAMILIAL" && cible - total - capacite is > 0 and < 4) capacite = cible - total;
                var (ageMin, ageMax) = AgesLieu[type];
                var lieu = new Lieu
                {
                    Type = type,
                    Territoire = _territoires[ChoisirIndice(_poidsTerritoires)].Code,
                    Capacite = capacite,
                    AgeMin = ageMin,
                    AgeMax = ageMax,
                    Nom = NomLieu(type),
                    Fermeture = type == "HOTEL" ? FinHotel : null,
                };
                liste.Add(lieu);
                lieux.Add(lieu);
                total += capacite;
            }
            parType[type] = liste;
        }

        var actifsParFamille = new Dictionary<string, List<Seg>>(StringComparer.Ordinal);
        foreach (var s in segments)
        {
            var candidats = parType[s.TypeLieu!];
            Lieu? choisi = null;
            if (s.Enfant.Famille is { } famille && actifsParFamille.TryGetValue(famille, out var freres))
            {
                choisi = freres.FirstOrDefault(f => f.TypeLieu == s.TypeLieu && f.Enfant != s.Enfant && Calendrier.ActifLe(f.Debut, f.Fin, s.Debut))?.Lieu;
            }
            if (choisi is null)
            {
                var meilleur = double.MaxValue;
                var essais = Math.Min(6, candidats.Count);
                for (var i = 0; i < essais; i++)
                {
                    var lieu = candidats.Count <= 6 ? candidats[i] : candidats[_rnd.Next(candidats.Count)];
                    lieu.FinsActives.RemoveAll(f => f < s.Debut.DayNumber);
                    var score = (lieu.FinsActives.Count + 1.0) / lieu.Capacite + (lieu.Territoire == s.Enfant.Territoire ? 0 : 0.15);
                    if (score < meilleur)
                    {
                        meilleur = score;
                        choisi = lieu;
                    }
                }
            }
            s.Lieu = choisi!;
            choisi!.FinsActives.Add(s.Fin?.DayNumber ?? int.MaxValue);
            if (choisi.PremierSejour is null || s.Debut < choisi.PremierSejour) choisi.PremierSejour = s.Debut;
            if (s.Enfant.Famille is { } f2)
            {
                if (!actifsParFamille.TryGetValue(f2, out var l)) actifsParFamille[f2] = l = [];
                l.Add(s);
            }
        }
        foreach (var lieu in lieux)
        {
            var reference = lieu.PremierSejour ?? Debut;
            lieu.Ouverture = reference.AddDays(-Entre(30, 4000));
        }
        MotifsSejours();
        return lieux;
    }

    /// <summary>
    /// The recorded reasons of séjours: a fratrie accueillie in different places (CC 375-7), an hotel
    /// (mise à l'abri en urgence).
    /// </summary>
    private void MotifsSejours()
    {
        foreach (var fratrie in _enfants.Where(e => e.Famille is not null).GroupBy(e => e.Famille!))
        {
            var membres = fratrie.ToList();
            if (membres.Count < 2) continue;
            var accueils = membres.ToDictionary(m => m, m => m.Episodes.Where(ep => ep.Type.EstAccueil).SelectMany(ep => ep.Segments).ToList());
            foreach (var m in membres)
            {
                foreach (var s in accueils[m])
                {
                    var separe = membres.Where(a => a != m).SelectMany(a => accueils[a]).Any(o =>
                        new Periode(o.Debut, o.Fin).Chevauche(new Periode(s.Debut, s.Fin))
                        && (s.Mode != ModeLieu || o.Mode != ModeLieu || o.Lieu != s.Lieu));
                    if (separe)
                        s.Motif = "Fratrie accueillie séparément (art. 375-7 C. civ.) : "
                            + Choisir(("besoins et âges différents", 40.0), ("pas de place commune disponible", 40.0), ("intérêt de l'enfant évalué", 20.0));
                }
            }
        }
        foreach (var s in _enfants.SelectMany(e => e.Episodes).SelectMany(ep => ep.Segments).Where(s => s.TypeLieu == "HOTEL"))
            s.Motif = s.Motif is null ? "Mise à l'abri en urgence, faute de place adaptée" : s.Motif + " ; mise à l'abri en urgence";
    }
}
