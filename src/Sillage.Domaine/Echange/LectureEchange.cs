using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Echange;

/// <summary>
/// Reads and checks a folder of the interchange format without any database: every file, every
/// row, every reference and every legal rule of <see cref="Invariants"/>. Nothing is thrown:
/// problems are collected in <see cref="LotEchange.Erreurs"/> (structural) and
/// <see cref="LotEchange.Anomalies"/> (legal rules).
/// </summary>
public static class LectureEchange
{
    private const int LongueurId = 100;

    /// <summary>Per file: the columns that identify a row, the column a duplicate is reported on, and what is named.</summary>
    private static readonly Dictionary<string, (string[] Cle, string Colonne, string Objet)> Cles = new(StringComparer.Ordinal)
    {
        [FormatEchange.Territoires] = (["code"], "code", "Territoire"),
        [FormatEchange.Population] = (["annee", "territoire", "age"], "age", "Effectif (année|territoire|âge)"),
        [FormatEchange.Lieux] = (["id"], "id", "Identifiant"),
        [FormatEchange.Enfants] = (["id"], "id", "Identifiant"),
        [FormatEchange.Informations] = (["id"], "id", "Identifiant"),
        [FormatEchange.InformationsEnfants] = (["information_id", "enfant_id"], "enfant_id", "Enfant (information|enfant)"),
        [FormatEchange.Mesures] = (["id"], "id", "Identifiant"),
        [FormatEchange.Sejours] = (["id"], "id", "Identifiant"),
        [FormatEchange.Ppe] = (["id"], "id", "Identifiant"),
        [FormatEchange.Rapports] = (["id"], "id", "Identifiant"),
        [FormatEchange.Entretiens] = (["enfant_id", "date"], "date", "Entretien 17 ans (enfant|date)"),
        [FormatEchange.Cessec] = (["enfant_id", "date_examen"], "date_examen", "Examen CESSEC (enfant|date)"),
    };

    public static LotEchange Lire(string dossier, ReferencesExistantes existants, DateOnly aujourdhui)
    {
        var lot = new LotEchange();
        var connus = FormatEchange.Fichiers.Select(f => f.Fichier).ToHashSet(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(dossier, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            if (f is not null && !connus.Contains(f))
                lot.Erreurs.Add(new(f, 1, "-", $"fichier inconnu du format d'échange (fichiers attendus : {string.Join(", ", connus)})."));

        var utilisables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fichier, colonnes) in FormatEchange.Fichiers)
        {
            var chemin = Path.Combine(dossier, fichier);
            if (!File.Exists(chemin))
            {
                if (fichier == FormatEchange.Enfants)
                    lot.Erreurs.Add(new(fichier, 1, "-", "fichier obligatoire absent du dossier."));
                lot.Fichiers.Add(new(fichier, false, 0, null));
                continue;
            }
            var octets = File.ReadAllBytes(chemin);
            var (lignes, entete) = LireFichier(lot, fichier, colonnes, octets);
            lot.Fichiers.Add(new(fichier, true, lignes, Convert.ToHexStringLower(SHA256.HashData(octets))));
            if (entete) utilisables.Add(fichier);
        }
        new Verification(lot, existants, utilisables, aujourdhui).Executer();
        return lot;
    }

    /// <summary>Parses one file into the lot; returns the number of data rows and whether the header was usable.</summary>
    private static (int Lignes, bool Entete) LireFichier(LotEchange lot, string fichier, string[] colonnes, byte[] octets)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };
        using var lecteur = new StreamReader(new MemoryStream(octets), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var parseur = new CsvParser(lecteur, config);
        var n = 0;
        try
        {
            if (!parseur.Read())
            {
                lot.Erreurs.Add(new(fichier, 1, "-", "fichier vide : la première ligne doit être l'en-tête."));
                return (0, false);
            }
            var entete = parseur.Record ?? [];
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var erreursEntete = 0;
            for (var i = 0; i < entete.Length; i++)
            {
                var nom = entete[i];
                if (!colonnes.Contains(nom))
                {
                    lot.Erreurs.Add(new(fichier, 1, nom, $"colonne inconnue (colonnes attendues : {string.Join(";", colonnes)})."));
                    erreursEntete++;
                }
                else if (!index.TryAdd(nom, i))
                {
                    lot.Erreurs.Add(new(fichier, 1, nom, "colonne en double dans l'en-tête."));
                    erreursEntete++;
                }
            }
            foreach (var c in colonnes.Where(c => !index.ContainsKey(c)))
            {
                lot.Erreurs.Add(new(fichier, 1, c, "colonne obligatoire absente de l'en-tête."));
                erreursEntete++;
            }
            if (erreursEntete > 0) return (0, false);

            var ligne = new Ligne(lot, fichier, index);
            var (colonnesCle, colonneCle, objet) = Cles[fichier];
            var indexCle = colonnesCle.Select(c => index[c]).ToArray();
            // Duplicates are found on the raw cells, so that a duplicate of a refused row is reported too.
            var vues = new Dictionary<string, int>(StringComparer.Ordinal);
            var derniere = parseur.RawRow;
            while (parseur.Read())
            {
                var debut = derniere + 1;
                derniere = parseur.RawRow;
                var champs = parseur.Record ?? [];
                if (champs.Length == 1 && champs[0].Length == 0) continue; // blank line
                n++;
                if (champs.Length != entete.Length)
                {
                    lot.Erreurs.Add(new(fichier, debut, "-", $"la ligne compte {champs.Length} champ(s) au lieu de {entete.Length} (séparateur « ; »)."));
                    continue;
                }
                ligne.Commencer(debut, champs);
                if (indexCle.All(i => champs[i].Length > 0))
                {
                    var cle = string.Join("|", indexCle.Select(i => champs[i]));
                    if (vues.TryGetValue(cle, out var premiere))
                        ligne.Erreur(colonneCle, $"{objet} « {cle} » en double (déjà à la ligne {premiere}).");
                    else vues[cle] = debut;
                }
                Analyser(lot, fichier, ligne);
            }
        }
        catch (DecoderFallbackException)
        {
            lot.Erreurs.Add(new(fichier, Math.Max(1, (int)parseur.RawRow), "-", "le fichier n'est pas encodé en UTF-8."));
            return (n, false);
        }
        return (n, true);
    }

    private static void Analyser(LotEchange lot, string fichier, Ligne l)
    {
        switch (fichier)
        {
            case FormatEchange.Territoires:
            {
                var code = l.Texte("code", true, 40);
                var libelle = l.Texte("libelle", true, 200);
                if (l.Valide) lot.Territoires.Add(new(l.Numero, code!, libelle!));
                break;
            }
            case FormatEchange.Population:
            {
                var annee = l.Entier("annee", true, 1900, 2200);
                var territoire = l.Texte("territoire", true, 40);
                var age = l.Entier("age", true, 0, 20);
                var effectif = l.Entier("effectif", true, 0, int.MaxValue);
                if (l.Valide) lot.Population.Add(new(l.Numero, annee!.Value, territoire!, age!.Value, effectif!.Value));
                break;
            }
            case FormatEchange.Lieux:
            {
                var id = l.Texte("id", true, LongueurId);
                var type = l.Code("type", Codes.TypesLieu.Keys, true);
                var nom = l.Texte("nom", true, 200);
                var territoire = l.Texte("territoire", true, 40);
                var capacite = l.Entier("capacite", true, 0, 100_000);
                var ageMin = l.Entier("age_min", false, 0, 30);
                var ageMax = l.Entier("age_max", false, 0, 30);
                var ouverture = l.Date("date_ouverture", false);
                var fermeture = l.Date("date_fermeture", false);
                if (l.Valide) lot.Lieux.Add(new(l.Numero, id!, type!, nom!, territoire!, capacite!.Value, ageMin, ageMax, ouverture, fermeture));
                break;
            }
            case FormatEchange.Enfants:
            {
                var id = l.Texte("id", true, LongueurId);
                var nom = l.Texte("nom", true, 200);
                var prenoms = l.Texte("prenoms", true, 200);
                var sexe = l.Code("sexe", ["M", "F"], true);
                var naissance = l.Date("date_naissance", true);
                var territoire = l.Texte("territoire", true, 40);
                var famille = l.Texte("famille", false, 100);
                var mna = l.Code("mna", ["0", "1"], true);
                var mere = l.Texte("nom_naissance_mere", false, 200);
                if (l.Valide) lot.Enfants.Add(new(l.Numero, id!, nom!, prenoms!, sexe!, naissance!.Value, territoire!, famille, mna == "1", mere));
                break;
            }
            case FormatEchange.Informations:
            {
                var id = l.Texte("id", true, LongueurId);
                var reception = l.Date("date_reception", true);
                var origine = l.Code("origine", Codes.Origines.Keys, true);
                var qualification = l.Code("qualification", Codes.Qualifications.Keys, true);
                var date = l.Date("date_qualification", false);
                if (l.Valide) lot.Informations.Add(new(l.Numero, id!, reception!.Value, origine!, qualification!, date));
                break;
            }
            case FormatEchange.InformationsEnfants:
            {
                var info = l.Texte("information_id", true, LongueurId);
                var enfant = l.Texte("enfant_id", true, LongueurId);
                var fin = l.Date("date_fin_evaluation", false);
                var conclusion = l.Code("conclusion", Codes.Conclusions.Keys, false);
                var decision = l.Date("date_decision", false);
                if (l.Valide) lot.InformationsEnfants.Add(new(l.Numero, info!, enfant!, fin, conclusion, decision));
                break;
            }
            case FormatEchange.Mesures:
            {
                var id = l.Texte("id", true, LongueurId);
                var enfant = l.Texte("enfant_id", true, LongueurId);
                var type = l.Code("type", Catalogue.Types.Select(t => t.Code), true);
                var decision = l.Date("date_decision", true);
                var debut = l.Date("date_debut", false);
                var finPrevue = l.Date("date_fin_prevue", false);
                var fin = l.Date("date_fin", false);
                var motif = l.Code("motif_fin", Codes.MotifsFin.Keys, false);
                var renouvelle = l.Texte("renouvelle", false, LongueurId);
                if (l.Valide) lot.Mesures.Add(new(l.Numero, id!, enfant!, type!, decision!.Value, debut, finPrevue, fin, motif, renouvelle));
                break;
            }
            case FormatEchange.Sejours:
            {
                var id = l.Texte("id", true, LongueurId);
                var enfant = l.Texte("enfant_id", true, LongueurId);
                var mesure = l.Texte("mesure_id", true, LongueurId);
                var mode = l.Code("mode", Codes.ModesSejour.Keys, true);
                var lieu = l.Texte("lieu_id", mode == "LIEU", LongueurId, "obligatoire quand mode = LIEU");
                var debut = l.Date("date_debut", true);
                var fin = l.Date("date_fin", false);
                var motif = l.Texte("motif", false, 400);
                if (l.Valide) lot.Sejours.Add(new(l.Numero, id!, enfant!, mesure!, lieu, mode!, debut!.Value, fin, motif));
                break;
            }
            case FormatEchange.Ppe:
            {
                var id = l.Texte("id", true, LongueurId);
                var enfant = l.Texte("enfant_id", true, LongueurId);
                var signature = l.Date("date_signature", false);
                if (l.Valide) lot.Ppe.Add(new(l.Numero, id!, enfant!, signature));
                break;
            }
            case FormatEchange.Rapports:
            {
                var id = l.Texte("id", true, LongueurId);
                var enfant = l.Texte("enfant_id", true, LongueurId);
                var date = l.Date("date", true);
                if (l.Valide) lot.Rapports.Add(new(l.Numero, id!, enfant!, date!.Value));
                break;
            }
            case FormatEchange.Entretiens:
            {
                var enfant = l.Texte("enfant_id", true, LongueurId);
                var date = l.Date("date", true);
                if (l.Valide) lot.Entretiens.Add(new(l.Numero, enfant!, date!.Value));
                break;
            }
            case FormatEchange.Cessec:
            {
                var enfant = l.Texte("enfant_id", true, LongueurId);
                var date = l.Date("date_examen", true);
                if (l.Valide) lot.Cessec.Add(new(l.Numero, enfant!, date!.Value));
                break;
            }
        }
    }

    /// <summary>Typed access to the cells of the current row; every refusal is recorded with the column name.</summary>
    private sealed class Ligne(LotEchange lot, string fichier, Dictionary<string, int> index)
    {
        private string[] _champs = [];
        public int Numero { get; private set; }
        public bool Valide { get; private set; }

        public void Commencer(int numero, string[] champs) => (Numero, _champs, Valide) = (numero, champs, true);

        public void Erreur(string colonne, string message)
        {
            lot.Erreurs.Add(new(fichier, Numero, colonne, message));
            Valide = false;
        }

        private string? Brut(string colonne) => _champs[index[colonne]] is { Length: > 0 } v ? v : null;

        public string? Texte(string colonne, bool obligatoire, int max, string? raison = null)
        {
            var v = Brut(colonne);
            if (v is null)
            {
                if (obligatoire) Erreur(colonne, raison is null ? "valeur obligatoire." : $"valeur {raison}.");
                return null;
            }
            if (v.Length > max) Erreur(colonne, $"valeur trop longue ({v.Length} caractères, {max} au plus).");
            return v;
        }

        public DateOnly? Date(string colonne, bool obligatoire)
        {
            var v = Brut(colonne);
            if (v is null)
            {
                if (obligatoire) Erreur(colonne, "date obligatoire.");
                return null;
            }
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Erreur(colonne, $"« {v} » n'est pas une date valide au format AAAA-MM-JJ.");
            return null;
        }

        public int? Entier(string colonne, bool obligatoire, int min, int max)
        {
            var v = Brut(colonne);
            if (v is null)
            {
                if (obligatoire) Erreur(colonne, "nombre obligatoire.");
                return null;
            }
            if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                Erreur(colonne, $"« {v} » n'est pas un nombre entier.");
                return null;
            }
            if (n < min || n > max)
            {
                Erreur(colonne, $"{n} hors de l'intervalle permis ({min} à {max}).");
                return null;
            }
            return n;
        }

        public string? Code(string colonne, IEnumerable<string> codes, bool obligatoire)
        {
            var v = Brut(colonne);
            if (v is null)
            {
                if (obligatoire) Erreur(colonne, "code obligatoire.");
                return null;
            }
            var liste = codes as ICollection<string> ?? codes.ToList();
            if (liste.Contains(v)) return v;
            Erreur(colonne, $"« {v} » n'est pas un code valide (valeurs permises : {string.Join(", ", liste)}).");
            return null;
        }
    }

    /// <summary>Duplicates, references between files (and to the base), then the legal rules.</summary>
    private sealed class Verification(LotEchange lot, ReferencesExistantes existants, HashSet<string> utilisables, DateOnly aujourdhui)
    {
        private readonly Dictionary<string, DateOnly> _naissances = new(existants.Enfants, StringComparer.Ordinal);
        private readonly Dictionary<string, string> _typesLieux = new(existants.Lieux, StringComparer.Ordinal);
        private readonly Dictionary<string, DateOnly> _receptions = new(existants.Informations, StringComparer.Ordinal);
        private readonly Dictionary<string, MesureExistante> _mesures = new(existants.Mesures, StringComparer.Ordinal);
        private readonly HashSet<string> _territoires = new(existants.Territoires, StringComparer.Ordinal);

        private void Erreur(string fichier, int ligne, string colonne, string message) => lot.Erreurs.Add(new(fichier, ligne, colonne, message));

        /// <summary>Keeps the first record of each key; reports the others. Returns the records kept.</summary>
        private List<T> Uniques<T>(string fichier, List<T> liste, Func<T, string> cle, Func<T, int> ligne, string colonne, string objet)
        {
            var vus = new Dictionary<string, int>(StringComparer.Ordinal);
            var gardes = new List<T>(liste.Count);
            foreach (var x in liste)
            {
                if (vus.TryGetValue(cle(x), out var premiere))
                    Erreur(fichier, ligne(x), colonne, $"{objet} « {cle(x)} » en double (déjà à la ligne {premiere}).");
                else
                {
                    vus[cle(x)] = ligne(x);
                    gardes.Add(x);
                }
            }
            liste.Clear();
            liste.AddRange(gardes);
            return gardes;
        }

        /// <summary>A reference is checked unless the file it points to has an unusable header (already reported).</summary>
        private bool Reference(string fichier, int ligne, string colonne, string? valeur, bool connu, string cible, string objet)
        {
            if (valeur is null || connu) return true;
            if (!utilisables.Contains(cible) && lot.Fichiers.Any(f => f.Fichier == cible && f.Present)) return false;
            Erreur(fichier, ligne, colonne, $"{objet} « {valeur} » inconnu(e) : absent(e) de {cible} et de la base.");
            return false;
        }

        private void Anomalie(string fichier, int ligne, string colonne, string? sourceId, string? enfant, Infraction i) =>
            lot.Anomalies.Add(new(fichier, ligne, colonne, sourceId, enfant, i.Regle, i.Message, i.Source));

        public void Executer()
        {
            foreach (var t in Uniques(FormatEchange.Territoires, lot.Territoires, t => t.Code, t => t.Ligne, "code", "Territoire")) _territoires.Add(t.Code);
            var valides = new List<PopulationLue>();
            foreach (var p in Uniques(FormatEchange.Population, lot.Population, p => $"{p.Annee}|{p.Territoire}|{p.Age}", p => p.Ligne, "age", "Effectif (année|territoire|âge)"))
                if (p.Territoire == FormatEchange.TousTerritoires || Reference(FormatEchange.Population, p.Ligne, "territoire", p.Territoire, _territoires.Contains(p.Territoire), FormatEchange.Territoires, "Territoire"))
                    valides.Add(p);
            Remplacer(lot.Population, valides);

            Remplacer(lot.Lieux, Uniques(FormatEchange.Lieux, lot.Lieux, l => l.Id, l => l.Ligne, "id", "Identifiant")
                .Where(l => Reference(FormatEchange.Lieux, l.Ligne, "territoire", l.Territoire, _territoires.Contains(l.Territoire), FormatEchange.Territoires, "Territoire")).ToList());
            foreach (var l in lot.Lieux)
            {
                _typesLieux[l.Id] = l.Type;
                foreach (var i in Invariants.Periode($"Lieu {l.Id}", l.Ouverture, l.Fermeture)) Anomalie(FormatEchange.Lieux, l.Ligne, "date_fermeture", l.Id, null, i);
            }

            Remplacer(lot.Enfants, Uniques(FormatEchange.Enfants, lot.Enfants, e => e.Id, e => e.Ligne, "id", "Identifiant")
                .Where(e => Reference(FormatEchange.Enfants, e.Ligne, "territoire", e.Territoire, _territoires.Contains(e.Territoire), FormatEchange.Territoires, "Territoire")).ToList());
            foreach (var e in lot.Enfants) _naissances[e.Id] = e.Naissance;

            foreach (var info in Uniques(FormatEchange.Informations, lot.Informations, i => i.Id, i => i.Ligne, "id", "Identifiant"))
            {
                _receptions[info.Id] = info.Reception;
                foreach (var i in Invariants.Periode($"Information {info.Id}", info.Reception, info.DateQualification))
                    Anomalie(FormatEchange.Informations, info.Ligne, "date_qualification", info.Id, null, i);
            }

            var ie = new List<InformationEnfantLue>();
            foreach (var x in Uniques(FormatEchange.InformationsEnfants, lot.InformationsEnfants, x => $"{x.InformationId}|{x.EnfantId}", x => x.Ligne, "enfant_id", "Enfant (information|enfant)"))
            {
                var okInfo = Reference(FormatEchange.InformationsEnfants, x.Ligne, "information_id", x.InformationId, _receptions.ContainsKey(x.InformationId), FormatEchange.Informations, "Information");
                var okEnfant = EnfantConnu(FormatEchange.InformationsEnfants, x.Ligne, x.EnfantId);
                if (!okInfo || !okEnfant) continue;
                ie.Add(x);
                var reception = _receptions[x.InformationId];
                var objet = $"Évaluation de l'information {x.InformationId} pour l'enfant {x.EnfantId}";
                foreach (var i in Invariants.Periode(objet, reception, x.FinEvaluation)) Anomalie(FormatEchange.InformationsEnfants, x.Ligne, "date_fin_evaluation", null, x.EnfantId, i);
                foreach (var i in Invariants.Periode(objet, reception, x.DateDecision)) Anomalie(FormatEchange.InformationsEnfants, x.Ligne, "date_decision", null, x.EnfantId, i);
                foreach (var i in Invariants.FaitAccompli(objet, x.FinEvaluation, aujourdhui)) Anomalie(FormatEchange.InformationsEnfants, x.Ligne, "date_fin_evaluation", null, x.EnfantId, i);
            }
            Remplacer(lot.InformationsEnfants, ie);

            VerifierMesures();
            VerifierSejours();

            Remplacer(lot.Ppe, Uniques(FormatEchange.Ppe, lot.Ppe, p => p.Id, p => p.Ligne, "id", "Identifiant")
                .Where(p => EnfantConnu(FormatEchange.Ppe, p.Ligne, p.EnfantId)).ToList());
            foreach (var p in lot.Ppe)
            {
                Naissance(FormatEchange.Ppe, p.Ligne, "date_signature", p.Id, p.EnfantId, $"PPE {p.Id}", p.Signature);
                foreach (var i in Invariants.FaitAccompli($"PPE {p.Id} (signature)", p.Signature, aujourdhui)) Anomalie(FormatEchange.Ppe, p.Ligne, "date_signature", p.Id, p.EnfantId, i);
            }
            Remplacer(lot.Rapports, Uniques(FormatEchange.Rapports, lot.Rapports, r => r.Id, r => r.Ligne, "id", "Identifiant")
                .Where(r => EnfantConnu(FormatEchange.Rapports, r.Ligne, r.EnfantId)).ToList());
            foreach (var r in lot.Rapports) Naissance(FormatEchange.Rapports, r.Ligne, "date", r.Id, r.EnfantId, $"Rapport {r.Id}", r.Date);
            foreach (var (fichier, liste, colonne, objet) in new[] { (FormatEchange.Entretiens, lot.Entretiens, "date", "Entretien 17 ans"), (FormatEchange.Cessec, lot.Cessec, "date_examen", "Examen CESSEC") })
            {
                Remplacer(liste, Uniques(fichier, liste, x => $"{x.EnfantId}|{x.Date:yyyy-MM-dd}", x => x.Ligne, colonne, $"{objet} (enfant|date)")
                    .Where(x => EnfantConnu(fichier, x.Ligne, x.EnfantId)).ToList());
                foreach (var x in liste) Naissance(fichier, x.Ligne, colonne, null, x.EnfantId, objet, x.Date);
            }
        }

        private bool EnfantConnu(string fichier, int ligne, string enfant) =>
            Reference(fichier, ligne, "enfant_id", enfant, _naissances.ContainsKey(enfant), FormatEchange.Enfants, "Enfant");

        private void Naissance(string fichier, int ligne, string colonne, string? sourceId, string enfant, string objet, DateOnly? date)
        {
            foreach (var i in Invariants.Naissance(_naissances[enfant], objet, date)) Anomalie(fichier, ligne, colonne, sourceId, enfant, i);
        }

        private void VerifierMesures()
        {
            var gardees = new List<MesureLue>();
            foreach (var m in Uniques(FormatEchange.Mesures, lot.Mesures, m => m.Id, m => m.Ligne, "id", "Identifiant"))
            {
                if (!EnfantConnu(FormatEchange.Mesures, m.Ligne, m.EnfantId)) continue;
                gardees.Add(m);
                _mesures[m.Id] = new(m.EnfantId, m.Debut, m.Fin);
            }
            var valides = new List<MesureLue>();
            foreach (var m in gardees)
            {
                if (m.Renouvelle is { } r)
                {
                    if (r == m.Id)
                    {
                        Erreur(FormatEchange.Mesures, m.Ligne, "renouvelle", $"la mesure « {m.Id} » ne peut pas se renouveler elle-même.");
                        continue;
                    }
                    if (!Reference(FormatEchange.Mesures, m.Ligne, "renouvelle", r, _mesures.ContainsKey(r), FormatEchange.Mesures, "Mesure")) continue;
                    if (_mesures[r].EnfantId != m.EnfantId)
                    {
                        Erreur(FormatEchange.Mesures, m.Ligne, "renouvelle", $"la mesure renouvelée « {r} » concerne un autre enfant (« {_mesures[r].EnfantId} »).");
                        continue;
                    }
                }
                valides.Add(m);
                var type = Catalogue.Get(m.Type);
                var naissance = _naissances[m.EnfantId];
                var colTerme = m.Fin is not null ? "date_fin" : "date_fin_prevue";
                var majorite = Ages.DateDesAns(naissance, 18);
                foreach (var i in Invariants.Mesure(type, m.Debut, m.FinPrevue, m.Fin, naissance, false, false))
                {
                    var colonne = i.Regle switch
                    {
                        Invariants.AgeJeuneMajeur or Invariants.MineurSeulement when m.Debut is { } d && (i.Regle == Invariants.AgeJeuneMajeur ? d < majorite : d >= majorite) => "date_debut",
                        _ => colTerme,
                    };
                    Anomalie(FormatEchange.Mesures, m.Ligne, colonne, m.Id, m.EnfantId, i);
                }
                Naissance(FormatEchange.Mesures, m.Ligne, "date_decision", m.Id, m.EnfantId, $"Mesure {m.Id} (décision)", m.Decision);
                Naissance(FormatEchange.Mesures, m.Ligne, "date_debut", m.Id, m.EnfantId, $"Mesure {m.Id} (début)", m.Debut);
            }
            Remplacer(lot.Mesures, valides);
        }

        private void VerifierSejours()
        {
            var valides = new List<SejourLu>();
            foreach (var s in Uniques(FormatEchange.Sejours, lot.Sejours, s => s.Id, s => s.Ligne, "id", "Identifiant"))
            {
                var ok = EnfantConnu(FormatEchange.Sejours, s.Ligne, s.EnfantId);
                if (Reference(FormatEchange.Sejours, s.Ligne, "mesure_id", s.MesureId, _mesures.ContainsKey(s.MesureId), FormatEchange.Mesures, "Mesure"))
                {
                    if (_mesures[s.MesureId].EnfantId != s.EnfantId)
                    {
                        Erreur(FormatEchange.Sejours, s.Ligne, "mesure_id", $"la mesure « {s.MesureId} » concerne un autre enfant (« {_mesures[s.MesureId].EnfantId} »).");
                        ok = false;
                    }
                }
                else ok = false;
                ok &= Reference(FormatEchange.Sejours, s.Ligne, "lieu_id", s.LieuId, s.LieuId is null || _typesLieux.ContainsKey(s.LieuId), FormatEchange.Lieux, "Lieu d'accueil");
                if (ok) valides.Add(s);
            }
            Remplacer(lot.Sejours, valides);

            foreach (var s in valides)
            {
                var periode = new Periode(s.Debut, s.Fin);
                foreach (var i in Invariants.Periode($"Séjour {s.Id}", s.Debut, s.Fin)) Anomalie(FormatEchange.Sejours, s.Ligne, "date_fin", s.Id, s.EnfantId, i);
                var mesure = _mesures[s.MesureId];
                foreach (var i in Invariants.SejourDansMesure(s.Id, periode, mesure.Debut, mesure.Fin)) Anomalie(FormatEchange.Sejours, s.Ligne, "date_debut", s.Id, s.EnfantId, i);
                if (s.Mode == "LIEU" && s.LieuId is { } lieu && _typesLieux[lieu] == "HOTEL")
                    foreach (var i in Invariants.SejourHotel(s.Id, periode, _naissances[s.EnfantId], s.Motif)) Anomalie(FormatEchange.Sejours, s.Ligne, "lieu_id", s.Id, s.EnfantId, i);
                Naissance(FormatEchange.Sejours, s.Ligne, "date_debut", s.Id, s.EnfantId, $"Séjour {s.Id}", s.Debut);
            }
            foreach (var groupe in valides.Where(s => s.Fin is null || s.Fin >= s.Debut).GroupBy(s => s.EnfantId, StringComparer.Ordinal))
            {
                if (groupe.Count() < 2) continue;
                var parId = groupe.ToDictionary(s => s.Id, StringComparer.Ordinal);
                foreach (var i in Invariants.Chevauchements(groupe.Select(s => (s.Id, new Periode(s.Debut, s.Fin)))))
                {
                    var s = parId.Values.Where(x => i.Message.StartsWith($"Séjour {x.Id} :", StringComparison.Ordinal)).OrderByDescending(x => x.Id.Length).First();
                    Anomalie(FormatEchange.Sejours, s.Ligne, "date_debut", s.Id, s.EnfantId, i);
                }
            }
        }

        private static void Remplacer<T>(List<T> liste, List<T> nouvelle)
        {
            if (ReferenceEquals(liste, nouvelle)) return;
            liste.Clear();
            liste.AddRange(nouvelle);
        }
    }
}
