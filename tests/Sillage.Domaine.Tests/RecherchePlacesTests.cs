using Sillage.Domaine.Lieux;

namespace Sillage.Domaine.Tests;

public class RecherchePlacesTests
{
    private static readonly DateOnly Jour = new(2025, 3, 1);

    private static LieuOffre L(int id, string type, string territoire, int capacite, int? min = null, int? max = null, string? sexe = null,
        DateOnly? fermeture = null, params string[] specialites) =>
        new(id, type, $"Lieu {id}", territoire, capacite, min, max, sexe, null, fermeture, specialites.ToHashSet());

    [Fact]
    public void Les_places_libres_deduisent_sejours_reservations_et_indisponibilites()
    {
        var l = L(1, "MECS", "NORD", 10);
        Assert.Equal(4, RecherchePlaces.Libres(l, new Occupation(4, 1, 1)));
        Assert.Equal(0, RecherchePlaces.Libres(l, new Occupation(12, 0, 0))); // over-occupation: never negative
    }

    [Fact]
    public void Une_fratrie_est_proposee_d_abord_dans_un_lieu_qui_accueille_tous_les_enfants()
    {
        var lieux = new[] { L(1, "ASSISTANT_FAMILIAL", "NORD", 1), L(2, "VILLAGE_ENFANTS", "SUD", 6), L(3, "MECS", "NORD", 8, min: 12) };
        var c = new CriteresPlace(Jour, [new(7, "F"), new(9, "M")], Territoire: "NORD");
        var r = RecherchePlaces.Rechercher(lieux, _ => default, c);
        Assert.Equal(2, r[0].Lieu.Id);
        Assert.True(r[0].ToutLaFratrie);
        var af = r.Single(p => p.Lieu.Id == 1);
        Assert.True(af.Convient);
        Assert.False(af.ToutLaFratrie);
        Assert.Contains("1 place(s) libre(s) pour 2 enfants", af.Raisons);
        var mecs = r.Single(p => p.Lieu.Id == 3);
        Assert.False(mecs.Convient);
        Assert.Contains("enfant de 7 ans : âge minimal 12 ans", mecs.Raisons);
    }

    [Fact]
    public void Chaque_raison_de_refus_est_dite()
    {
        var lieux = new[]
        {
            L(1, "MECS", "NORD", 5, fermeture: Jour.AddDays(-1)),
            L(2, "MECS", "NORD", 5, sexe: "F"),
            L(3, "MECS", "NORD", 2),
            L(4, "HOTEL", "NORD", 10),
            L(5, "LVA", "NORD", 3),
        };
        var c = new CriteresPlace(Jour, [new(14, "M")], Type: "MECS", Besoins: ["HANDICAP"]);
        var r = RecherchePlaces.Rechercher(lieux, id => id == 3 ? new Occupation(1, 1, 0) : default, c).ToDictionary(p => p.Lieu.Id);
        Assert.Contains(r[1].Raisons, x => x.StartsWith("fermé le"));
        Assert.Contains("accueille uniquement des filles", r[2].Raisons);
        Assert.Contains("aucune place libre", r[3].Raisons);
        Assert.Contains(r[4].Raisons, x => x.Contains("hôtel interdit"));
        Assert.Contains(r[5].Raisons, x => x.StartsWith("type Lieu de vie"));
        Assert.All(r.Values, p => Assert.Contains(p.Raisons, x => x.Contains("handicap")));
        Assert.All(r.Values, p => Assert.False(p.Convient));
    }

    [Fact]
    public void L_hotel_n_est_possible_qu_en_urgence_pour_un_jeune_d_au_moins_16_ans()
    {
        var hotel = new[] { L(1, "HOTEL", "NORD", 10) };
        Assert.True(RecherchePlaces.Rechercher(hotel, _ => default, new(Jour, [new(16, "M")], Urgence: true))[0].Convient);
        Assert.False(RecherchePlaces.Rechercher(hotel, _ => default, new(Jour, [new(15, "M")], Urgence: true))[0].Convient);
        Assert.False(RecherchePlaces.Rechercher(hotel, _ => default, new(Jour, [new(17, "M")]))[0].Convient);
        Assert.True(RecherchePlaces.Rechercher(hotel, _ => default, new(new DateOnly(2024, 1, 31), [new(12, "M")]))[0].Convient);
    }

    [Fact]
    public void Le_territoire_demande_passe_avant_les_autres_a_egalite()
    {
        var lieux = new[] { L(1, "MECS", "SUD", 5), L(2, "MECS", "NORD", 3) };
        var r = RecherchePlaces.Rechercher(lieux, _ => default, new(Jour, [new(10, "F")], Territoire: "NORD"));
        Assert.Equal([2, 1], r.Select(p => p.Lieu.Id));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void L_ordre_est_celui_des_cinq_criteres_l_un_apres_l_autre_quel_que_soit_l_ordre_des_lieux_recus(bool ensemble)
    {
        // 400 lieux drawn at random (names repeated, capacities, ages, sexes, closures), in no particular order.
        var alea = new Random(7);
        string[] types = ["MECS", "ASSISTANT_FAMILIAL", "LVA", "HOTEL", "FDE"];
        var lieux = Enumerable.Range(1, 400).Select(i => new LieuOffre(i, types[alea.Next(types.Length)], $"Lieu {alea.Next(60):D2}",
            alea.Next(3) == 0 ? "NORD" : "SUD", alea.Next(5), alea.Next(3) == 0 ? 10 : null, alea.Next(4) == 0 ? 12 : null,
            alea.Next(5) == 0 ? "F" : null, null, alea.Next(10) == 0 ? Jour.AddDays(-1) : null, new HashSet<string>())).ToList();
        var occupations = lieux.ToDictionary(l => l.Id, _ => new Occupation(alea.Next(3), alea.Next(2), 0));
        var c = new CriteresPlace(Jour, [new(8, "F"), new(11, "M")], Territoire: "NORD", FratrieEnsemble: ensemble);
        var r = RecherchePlaces.Rechercher(lieux, id => occupations[id], c);
        // The specification, written as the criteria are read: stable over the lieux as received.
        var attendu = r.OrderBy(p => lieux.IndexOf(p.Lieu))
            .OrderByDescending(p => c.FratrieEnsemble && p.ToutLaFratrie)
            .ThenByDescending(p => p.Convient)
            .ThenByDescending(p => p.MemeTerritoire)
            .ThenByDescending(p => p.Libres)
            .ThenBy(p => p.Lieu.Nom, StringComparer.Ordinal)
            .Select(p => p.Lieu.Id).ToList();
        Assert.Equal(attendu, r.Select(p => p.Lieu.Id).ToList());
        Assert.Equal(400, r.Select(p => p.Lieu.Id).Distinct().Count());
        Assert.Contains(r, p => p.ToutLaFratrie);
        Assert.Contains(r, p => !p.Convient);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(399)]
    [InlineData(400)]
    [InlineData(1000)]
    public void Les_premiers_sont_ceux_de_la_recherche_complete_avec_leurs_raisons_et_le_compte_des_possibles(int nombre)
    {
        // The page ranks every lieu but writes the reasons of the first hundred only: same lieux, same order, same reasons.
        var alea = new Random(11);
        string[] types = ["MECS", "ASSISTANT_FAMILIAL", "LVA", "HOTEL", "FDE", "POUPONNIERE"];
        var lieux = Enumerable.Range(1, 400).Select(i => new LieuOffre(i, types[alea.Next(types.Length)], $"Lieu {alea.Next(80):D2}",
            alea.Next(3) == 0 ? "NORD" : "SUD", alea.Next(5), alea.Next(3) == 0 ? 10 : null, alea.Next(4) == 0 ? 12 : null,
            alea.Next(5) == 0 ? "F" : alea.Next(8) == 0 ? "M" : null, null, alea.Next(10) == 0 ? Jour.AddDays(-1) : null,
            alea.Next(6) == 0 ? new HashSet<string> { "HANDICAP" } : new HashSet<string>())).ToList();
        var occupations = lieux.ToDictionary(l => l.Id, _ => new Occupation(alea.Next(3), alea.Next(2), alea.Next(2)));
        var c = new CriteresPlace(Jour, [new(8, "F"), new(11, "M"), new(14, "M")], Territoire: "NORD", Besoins: ["HANDICAP"]);
        var complete = RecherchePlaces.Rechercher(lieux, id => occupations[id], c);
        var premiers = RecherchePlaces.Meilleurs(LieuxParNom.Trier(lieux), id => occupations[id], c, nombre, out var possibles);
        Assert.Equal(complete.Count(p => p.Convient), possibles);
        Assert.True(possibles > 0);
        Assert.Equal(complete.Take(nombre).Select(p => (p.Lieu.Id, p.Libres, p.Convient, p.ToutLaFratrie, string.Join(" ; ", p.Raisons))),
            premiers.Select(p => (p.Lieu.Id, p.Libres, p.Convient, p.ToutLaFratrie, string.Join(" ; ", p.Raisons))));
        if (nombre >= 100) Assert.Contains(premiers, p => p.Raisons.Count > 0); // reasons were compared, not only empty lists
    }
}
