using System.Globalization;
using System.Text;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>
/// Writes a synthetic, rule-abiding folder of the interchange format of any size (deterministic):
/// per child two successive PLACEMENT_ASE measures (the second renews the first) with one séjour
/// each, an information préoccupante, a PPE and a rapport; some entretiens and CESSEC examens.
/// With 30 000 children it is the size of the Nord demo (≈ 330 000 rows).
/// </summary>
public static class GenerateurEchange
{
    public static string Ecrire(string dossier, int enfants, int graine = 42)
    {
        Directory.CreateDirectory(dossier);
        var alea = new Random(graine);
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] territoires = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08"];
        using (var w = Fichier(dossier, "territoires.csv", "code;libelle"))
            foreach (var t in territoires) w.Write($"{t};Délégation {t}\n");
        using (var w = Fichier(dossier, "population.csv", "annee;territoire;age;effectif"))
            for (var annee = 2020; annee <= 2025; annee++)
                foreach (var t in territoires.Append("*"))
                    for (var age = 0; age <= 20; age++)
                        w.Write($"{annee};{t};{age};{(t == "*" ? 8 : 1) * (3000 + alea.Next(500))}\n");
        var nbLieux = Math.Max(10, enfants / 20);
        string[] types = ["ASSISTANT_FAMILIAL", "ASSISTANT_FAMILIAL", "MECS", "FDE", "LVA", "POUPONNIERE"];
        using (var w = Fichier(dossier, "lieux.csv", "id;type;nom;territoire;capacite;age_min;age_max;date_ouverture;date_fermeture"))
            for (var i = 1; i <= nbLieux; i++)
                w.Write($"L{i:D5};{types[i % types.Length]};\"Lieu \"\"{i}\"\" ; accueil\";{territoires[i % territoires.Length]};{1 + i % 30};;;2000-01-01;\n");
        string[] prenoms = ["Léa", "Noé", "Éloïse", "Lucas", "Inès", "Adam", "Chloé", "Mathis"];
        using var fe = Fichier(dossier, "enfants.csv", "id;nom;prenoms;sexe;date_naissance;territoire;famille;mna;nom_naissance_mere");
        using var fi = Fichier(dossier, "informations.csv", "id;date_reception;origine;qualification;date_qualification");
        using var fie = Fichier(dossier, "informations_enfants.csv", "information_id;enfant_id;date_fin_evaluation;conclusion;date_decision");
        using var fm = Fichier(dossier, "mesures.csv", "id;enfant_id;type;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle");
        using var fs = Fichier(dossier, "sejours.csv", "id;enfant_id;mesure_id;lieu_id;mode;date_debut;date_fin;motif");
        using var fp = Fichier(dossier, "ppe.csv", "id;enfant_id;date_signature");
        using var fr = Fichier(dossier, "rapports.csv", "id;enfant_id;date");
        using var fen = Fichier(dossier, "entretiens.csv", "enfant_id;date");
        using var fc = Fichier(dossier, "cessec.csv", "enfant_id;date_examen");
        var info = 0;
        for (var i = 1; i <= enfants; i++)
        {
            var id = $"ENF{i:D6}";
            var naissance = new DateOnly(2004, 1, 1).AddDays(alea.Next(365 * 9));
            var debut = naissance.AddDays(30 + alea.Next(365 * 10));
            var famille = i % 3 == 0 ? $"FAM{i / 3}" : "";
            fe.Write($"{id};NOM{i};{prenoms[i % prenoms.Length]} {prenoms[(i / 8) % prenoms.Length]};{(i % 2 == 0 ? "F" : "M")};{D(naissance)};{territoires[i % territoires.Length]};{famille};{(i % 50 == 0 ? 1 : 0)};\n");
            // One information préoccupante per child, a second one concerning two siblings for a third of them.
            info++;
            fi.Write($"I{info:D6};{D(debut.AddDays(-40))};{(i % 2 == 0 ? "EDUCATION_NATIONALE" : "SNATED_119")};IP;{D(debut.AddDays(-35))}\n");
            fie.Write($"I{info:D6};{id};{D(debut.AddDays(-5))};SAISINE_JUDICIAIRE;{D(debut.AddDays(-2))}\n");
            if (i % 3 == 0)
            {
                info++;
                fi.Write($"I{info:D6};{D(debut.AddDays(-400))};FAMILLE;NON_IP;{D(debut.AddDays(-390))}\n");
                fie.Write($"I{info:D6};{id};;;\n");
                fie.Write($"I{info:D6};ENF{i - 1:D6};;;\n");
            }
            var m1 = $"M{i:D6}A";
            var m2 = $"M{i:D6}B";
            var lieu = $"L{1 + alea.Next(nbLieux):D5}";
            fm.Write($"{m1};{id};PLACEMENT_ASE;{D(debut.AddDays(-1))};{D(debut)};{D(debut.AddYears(1).AddDays(-1))};{D(debut.AddYears(1).AddDays(-1))};ECHEANCE;\n");
            fm.Write($"{m2};{id};PLACEMENT_ASE;{D(debut.AddYears(1).AddDays(-3))};{D(debut.AddYears(1))};{D(debut.AddYears(2).AddDays(-1))};;;{m1}\n");
            fs.Write($"S{i:D6}A;{id};{m1};{lieu};LIEU;{D(debut)};{D(debut.AddYears(1).AddDays(-1))};\n");
            fs.Write($"S{i:D6}B;{id};{m2};{(i % 5 == 0 ? "" : lieu)};{(i % 5 == 0 ? "DOMICILE" : "LIEU")};{D(debut.AddYears(1))};;\n");
            fp.Write($"P{i:D6};{id};{D(debut.AddDays(30))}\n");
            fr.Write($"R{i:D6};{id};{D(debut.AddDays(180))}\n");
            if (i % 6 == 0) fen.Write($"{id};{D(debut.AddDays(200))}\n");
            if (i % 6 == 1) fc.Write($"{id};{D(debut.AddDays(250))}\n");
        }
        return dossier;
    }

    private static StreamWriter Fichier(string dossier, string nom, string entete)
    {
        var w = new StreamWriter(Path.Combine(dossier, nom), false, new UTF8Encoding(false), 1 << 16);
        w.Write(entete + "\n");
        return w;
    }
}
