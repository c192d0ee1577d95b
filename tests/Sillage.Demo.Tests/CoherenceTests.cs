using Sillage.Demo;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Temps;

namespace Sillage.Demo.Tests;

/// <summary>The generated records respect the invariants of REGLES.md and the references of FORMAT-ECHANGE.md.</summary>
public class CoherenceTests
{
    private static readonly DateOnly FinHistoire = new(2024, 12, 31);

    [Theory]
    [InlineData("61")]
    [InlineData("91")]
    [InlineData("02")]
    [InlineData("17")]
    public void Les_invariants_du_domaine_sont_respectes(string code)
    {
        var jeu = Jeux.Get(code);
        var enfants = jeu.Enfants.ToDictionary(e => e.Id);
        var mesures = jeu.Mesures.ToDictionary(m => m.Id);
        var lieux = jeu.Lieux.ToDictionary(l => l.Id);
        var infractions = new List<string>();
        void Noter(string quoi, IEnumerable<Infraction> liste) => infractions.AddRange(liste.Select(i => $"{quoi}: {i.Regle} {i.Message}"));

        foreach (var m in jeu.Mesures)
        {
            var type = Catalogue.Trouver(m.Type);
            Assert.NotNull(type);
            var naissance = enfants[m.EnfantId].DateNaissance;
            Noter(m.Id, Invariants.Mesure(type, m.DateDebut, m.DateFinPrevue, m.DateFin, naissance, exceptionLongueDuree: false, prolongationMotivee: false));
            Noter(m.Id, Invariants.Periode(m.Id, m.DateDecision, m.DateDebut));
            foreach (var d in new[] { m.DateDecision, m.DateDebut, m.DateFin }) Noter(m.Id, Invariants.Naissance(naissance, m.Id, d));
            Noter(m.Id, Invariants.FaitAccompli(m.Id, m.DateFin, FinHistoire));
            Noter(m.Id, Invariants.FaitAccompli(m.Id, m.DateDebut, FinHistoire));
            if (type.SansTerme) Assert.Null(m.DateFinPrevue);
            else if (m.DateDebut is not null) Assert.NotNull(m.DateFinPrevue);
        }

        foreach (var parEnfant in jeu.Sejours.GroupBy(s => s.EnfantId))
        {
            var naissance = enfants[parEnfant.Key].DateNaissance;
            Noter(parEnfant.Key, Invariants.Chevauchements(parEnfant.Select(s => (s.Id, new Periode(s.DateDebut, s.DateFin)))));
            foreach (var s in parEnfant)
            {
                var m = mesures[s.MesureId];
                Assert.Equal(s.EnfantId, m.EnfantId);
                Noter(s.Id, Invariants.SejourDansMesure(s.Id, new Periode(s.DateDebut, s.DateFin), m.DateDebut, m.DateFin));
                Noter(s.Id, Invariants.Naissance(naissance, s.Id, s.DateDebut));
                Noter(s.Id, Invariants.Periode(s.Id, s.DateDebut, s.DateFin));
                if (s.LieuId is { } idLieu && lieux[idLieu].Type == "HOTEL")
                {
                    Noter(s.Id, Invariants.SejourHotel(s.Id, new Periode(s.DateDebut, s.DateFin), naissance, s.Motif));
                    Assert.True(s.DateFin is { } f && f < Invariants.InterdictionHotel, $"{s.Id}: hôtel après le 01/02/2024");
                }
            }
        }

        foreach (var i in jeu.Informations)
        {
            Assert.True(i.DateQualification is null || i.DateReception <= i.DateQualification, i.Id);
        }
        var informations = jeu.Informations.ToDictionary(i => i.Id);
        foreach (var ie in jeu.InformationsEnfants)
        {
            var info = informations[ie.InformationId];
            var naissance = enfants[ie.EnfantId].DateNaissance;
            Noter(ie.InformationId, Invariants.Naissance(naissance, ie.InformationId, info.DateReception));
            Noter(ie.InformationId, Invariants.FaitAccompli(ie.InformationId, ie.DateFinEvaluation, FinHistoire));
            Assert.True(ie.DateFinEvaluation is null || info.DateReception <= ie.DateFinEvaluation, ie.InformationId);
            Assert.True(ie.DateDecision is null || (ie.DateFinEvaluation ?? info.DateReception) <= ie.DateDecision, ie.InformationId);
            Assert.Equal(ie.Conclusion is null, ie.DateDecision is null);
        }
        foreach (var (enfant, date) in jeu.Ppe.Select(p => (p.EnfantId, p.DateSignature))
                     .Concat(jeu.Rapports.Select(r => (r.EnfantId, r.Date)))
                     .Concat(jeu.Entretiens.Select(e => (e.EnfantId, e.Date)))
                     .Concat(jeu.Cessec.Select(c => (c.EnfantId, c.DateExamen))))
        {
            Noter(enfant, Invariants.Naissance(enfants[enfant].DateNaissance, enfant, date));
            Noter(enfant, Invariants.FaitAccompli(enfant, date, FinHistoire));
        }
        Assert.True(infractions.Count == 0, string.Join("\n", infractions.Take(20)));
    }

    [Theory]
    [InlineData("61")]
    [InlineData("91")]
    public void Les_identifiants_sont_uniques_et_les_references_valides(string code)
    {
        var jeu = Jeux.Get(code);
        void Unique(IEnumerable<string> ids, string fichier) =>
            Assert.True(ids.GroupBy(i => i).All(g => g.Count() == 1), $"{fichier}: identifiant en double");
        Unique(jeu.Territoires.Select(t => t.Code), "territoires");
        Unique(jeu.Lieux.Select(l => l.Id), "lieux");
        Unique(jeu.Enfants.Select(e => e.Id), "enfants");
        Unique(jeu.Informations.Select(i => i.Id), "informations");
        Unique(jeu.Mesures.Select(m => m.Id), "mesures");
        Unique(jeu.Sejours.Select(s => s.Id), "sejours");
        Unique(jeu.Ppe.Select(p => p.Id), "ppe");
        Unique(jeu.Rapports.Select(r => r.Id), "rapports");
        Unique(jeu.InformationsEnfants.Select(i => i.InformationId + "|" + i.EnfantId), "informations_enfants");

        var territoires = jeu.Territoires.Select(t => t.Code).ToHashSet();
        var enfants = jeu.Enfants.Select(e => e.Id).ToHashSet();
        var lieux = jeu.Lieux.ToDictionary(l => l.Id);
        var mesures = jeu.Mesures.ToDictionary(m => m.Id);
        var informations = jeu.Informations.Select(i => i.Id).ToHashSet();
        Assert.InRange(jeu.Territoires.Count, 4, 8);
        Assert.All(jeu.Enfants, e => Assert.Contains(e.Territoire, territoires));
        Assert.All(jeu.Lieux, l => Assert.Contains(l.Territoire, territoires));
        Assert.All(jeu.Lieux, l => Assert.True(Codes.TypesLieu.ContainsKey(l.Type) && l.Capacite > 0 && l.AgeMin <= l.AgeMax));
        Assert.All(jeu.Mesures, m =>
        {
            Assert.Contains(m.EnfantId, enfants);
            Assert.True(m.MotifFin is null || Codes.MotifsFin.ContainsKey(m.MotifFin), m.Id);
            Assert.Equal(m.DateFin is null, m.MotifFin is null);
            if (m.Renouvelle is { } r)
            {
                var precedente = mesures[r];
                Assert.Equal(m.EnfantId, precedente.EnfantId);
                Assert.Equal(m.Type, precedente.Type);
                Assert.Equal(precedente.DateFin!.Value.AddDays(1), m.DateDebut);
            }
        });
        var naissances = jeu.Enfants.ToDictionary(e => e.Id, e => e.DateNaissance);
        Assert.All(jeu.Sejours, s =>
        {
            Assert.Contains(s.EnfantId, enfants);
            Assert.True(mesures.ContainsKey(s.MesureId));
            Assert.True(Codes.ModesSejour.ContainsKey(s.Mode));
            Assert.Equal(s.Mode == "LIEU", s.LieuId is not null);
            if (s.LieuId is { } id)
            {
                var lieu = lieux[id];
                var age = Ages.AgeAu(naissances[s.EnfantId], s.DateDebut);
                Assert.InRange(age, lieu.AgeMin, lieu.AgeMax);
                Assert.True(lieu.DateOuverture <= s.DateDebut, s.Id);
                Assert.True(lieu.DateFermeture is null || (s.DateFin is { } f && f <= lieu.DateFermeture), s.Id);
            }
        });
        Assert.All(jeu.Informations, i =>
        {
            Assert.True(Codes.Origines.ContainsKey(i.Origine));
            Assert.True(Codes.Qualifications.ContainsKey(i.Qualification));
        });
        Assert.All(jeu.InformationsEnfants, i =>
        {
            Assert.Contains(i.InformationId, informations);
            Assert.Contains(i.EnfantId, enfants);
            Assert.True(i.Conclusion is null || Codes.Conclusions.ContainsKey(i.Conclusion));
        });
        Assert.All(jeu.Ppe, p => Assert.Contains(p.EnfantId, enfants));
        Assert.All(jeu.Rapports, r => Assert.Contains(r.EnfantId, enfants));
        Assert.All(jeu.Entretiens, e => Assert.Contains(e.EnfantId, enfants));
        Assert.All(jeu.Cessec, c => Assert.Contains(c.EnfantId, enfants));
        Assert.All(jeu.Population, p => Assert.True(p.Territoire == "*" || territoires.Contains(p.Territoire)));
    }

    [Fact]
    public void Chaque_type_de_mesure_et_de_lieu_est_present()
    {
        var jeu = Jeux.Get("61");
        var types = jeu.Mesures.Select(m => m.Type).ToHashSet();
        Assert.All(Catalogue.Types, t => Assert.Contains(t.Code, types));
        var lieux = jeu.Lieux.Select(l => l.Type).ToHashSet();
        var lieuxOccupes = jeu.Sejours.Where(s => s.LieuId is not null).Select(s => jeu.Lieux.First(l => l.Id == s.LieuId).Type).ToHashSet();
        Assert.All(Codes.TypesLieu.Keys, t => Assert.Contains(t, lieux));
        Assert.All(Codes.TypesLieu.Keys, t => Assert.Contains(t, lieuxOccupes));
        Assert.All(Codes.ModesSejour.Keys, m => Assert.Contains(m, jeu.Sejours.Select(s => s.Mode)));
        Assert.Contains(jeu.Mesures, m => m.Renouvelle is not null);
    }
}
