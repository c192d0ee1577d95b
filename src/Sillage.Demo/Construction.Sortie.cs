using Sillage.Domaine.Mesures;
using Sillage.Domaine.Temps;

namespace Sillage.Demo;

internal sealed partial class Construction
{
    private JeuDemo Materialiser(List<PopulationDemo> population, List<Lieu> lieux)
    {
        for (var i = 0; i < lieux.Count; i++) lieux[i].Id = $"L{i + 1:D5}";
        for (var i = 0; i < _enfants.Count; i++) _enfants[i].Id = $"E{i + 1:D6}";

        var enfants = _enfants.Select(e => new EnfantDemo(e.Id, e.Nom, e.Prenoms, e.Sexe, e.Naissance, e.Territoire, e.Famille, e.Mna, e.NomMere)).ToList();
        var mesures = new List<MesureDemo>();
        var sejours = new List<SejourDemo>();
        foreach (var e in _enfants)
        {
            var episodes = e.Episodes.OrderBy(ep => ep.Debut ?? ep.Mesures[0].Decision).ToList();
            foreach (var ep in episodes)
            {
                foreach (var m in ep.Mesures)
                {
                    m.Id = $"M{mesures.Count + 1:D7}";
                    mesures.Add(new MesureDemo(m.Id, e.Id, m.Type.Code, m.Decision, m.Debut, m.FinPrevue, m.Fin, m.Motif, m.Renouvelle?.Id));
                }
            }
            foreach (var s in episodes.SelectMany(ep => ep.Segments).OrderBy(s => s.Debut))
            {
                foreach (var m in s.Ep.Mesures)
                {
                    if (m.Debut is not { } md) continue;
                    var debut = Max(md, s.Debut);
                    DateOnly? fin = (m.Fin, s.Fin) switch
                    {
                        (null, null) => null,
                        ({ } a, null) => a,
                        (null, { } b) => b,
                        ({ } a, { } b) => Min(a, b),
                    };
                    if (fin is { } f && f < debut) continue;
                    sejours.Add(new SejourDemo($"S{sejours.Count + 1:D7}", e.Id, m.Id, s.Lieu?.Id, s.Mode, debut, fin, s.Motif));
                }
            }
        }

        var (informations, informationsEnfants) = Informations();
        var (ppe, rapports, entretiens, cessec) = Suivi();

        return new JeuDemo
        {
            CodeDepartement = _drees.CodeDepartement,
            Departement = _drees.Departement,
            Graine = _graine,
            Territoires = _territoires,
            Population = population,
            Lieux = lieux.Select(l => new LieuDemo(l.Id, l.Type, l.Nom, l.Territoire, l.Capacite, l.AgeMin, l.AgeMax, l.Ouverture, l.Fermeture)).ToList(),
            Enfants = enfants,
            Informations = informations,
            InformationsEnfants = informationsEnfants,
            Mesures = mesures,
            Sejours = sejours,
            Ppe = ppe,
            Rapports = rapports,
            Entretiens = entretiens,
            Cessec = cessec,
        };
    }

    private string Origine(bool mna) => mna
        ? Choisir(("AUTRE_DEPARTEMENT", 50.0), ("PARQUET", 30.0), ("FORCES_ORDRE", 20.0))
        : Choisir(("EDUCATION_NATIONALE", 25.0), ("SANTE", 10.0), ("FORCES_ORDRE", 12.0), ("SNATED_119", 8.0), ("FAMILLE", 10.0),
            ("VOISINAGE", 4.0), ("ANONYME", 3.0), ("SERVICE_SOCIAL", 15.0), ("ASE", 3.0), ("PMI", 5.0), ("PARQUET", 3.0),
            ("AUTRE_DEPARTEMENT", 1.0), ("AUTRE", 1.0));

    /// <summary>Delay from receipt to the end of the evaluation: log-normal, median 100 days.</summary>
    private int DelaiEvaluation() => Math.Clamp((int)Math.Round(100 * Math.Exp(0.45 * Normal())), 7, 330);

    private sealed record InfoBrute(int Ordre, DateOnly Reception, string Origine, string Qualification, DateOnly? DateQualification,
        List<(Enf Enfant, DateOnly? FinEvaluation, string? Conclusion, DateOnly? Decision)> Enfants);

    /// <summary>
    /// The CRIP register: one information per entry (a fratrie shares it), received before the first
    /// measure and evaluated in about 100 days; informations without measure are classées, orientées,
    /// not qualified IP, or still being analysed or evaluated at the end of the history.
    /// </summary>
    private (List<InformationDemo>, List<InformationEnfantDemo>) Informations()
    {
        var brutes = new List<InfoBrute>();
        for (var i = 0; i < _entrees.Count; i++)
        {
            var entree = _entrees[i];
            var mna = entree.Enfants.Any(e => e.Mna);
            if (entree.Reception is { } reception)
            {
                var enfants = new List<(Enf, DateOnly?, string?, DateOnly?)>();
                string qualification;
                DateOnly? dateQualification;
                if (reception > Fin.AddDays(-15) && P(0.6)) { qualification = "EN_COURS"; dateQualification = null; }
                else if (P(0.2)) { qualification = "NON_IP"; dateQualification = Min(Fin, reception.AddDays(Entre(0, 7))); }
                else { qualification = "IP"; dateQualification = Min(Fin, reception.AddDays(Entre(0, 7))); }
                var finEvaluation = reception.AddDays(DelaiEvaluation());
                var decision = finEvaluation.AddDays(Entre(0, 15));
                var conclusion = Choisir(("CLASSEMENT", 50.0), ("ACCOMPAGNEMENT", 50.0));
                foreach (var e in entree.Enfants)
                {
                    if (qualification != "IP") enfants.Add((e, null, null, null));
                    else if (finEvaluation > Fin) enfants.Add((e, null, null, null));
                    else if (decision > Fin) enfants.Add((e, finEvaluation, null, null));
                    else enfants.Add((e, finEvaluation, conclusion, decision));
                }
                brutes.Add(new InfoBrute(i, reception, Origine(false), qualification, dateQualification, enfants));
                continue;
            }

            // Entry into a measure: the information precedes the first decision of each child still a minor.
            var premieres = entree.Enfants
                .Select(e => (Enfant: e, Mesure: e.Episodes.SelectMany(ep => ep.Mesures).OrderBy(m => m.Decision).First()))
                .Where(x => Ages.EstMineur(x.Enfant.Naissance, x.Mesure.Decision))
                .ToList();
            if (premieres.Count == 0) continue;
            var premiere = premieres.MinBy(x => x.Mesure.Decision);
            var dateMesure = premiere.Mesure.Decision;
            var judiciaire = premiere.Mesure.Type.Cadre == Cadre.Judiciaire;
            var direct = mna || (judiciaire && P(0.12));
            DateOnly recep, dateConclusion;
            DateOnly? finEval;
            if (direct)
            {
                dateConclusion = dateMesure.AddDays(-Entre(0, 5));
                recep = dateConclusion.AddDays(-Entre(0, 3));
                finEval = null;
            }
            else
            {
                dateConclusion = dateMesure.AddDays(-Entre(0, 25));
                var fe = dateConclusion.AddDays(-Entre(0, 10));
                recep = fe.AddDays(-DelaiEvaluation());
                finEval = fe;
            }
            var naissanceMax = premieres.Max(x => x.Enfant.Naissance);
            if (recep < naissanceMax) recep = naissanceMax;
            if (finEval is { } f0 && f0 < recep) finEval = recep;
            if (dateConclusion < (finEval ?? recep)) dateConclusion = finEval ?? recep;
            if (recep < Debut) continue;
            var conclusionEntree = judiciaire ? "SAISINE_JUDICIAIRE" : "PRESTATION_ADMINISTRATIVE";
            var qualif = Min(finEval ?? dateConclusion, recep.AddDays(Entre(0, 7)));
            brutes.Add(new InfoBrute(i, recep, Origine(mna), "IP", qualif,
                premieres.Select(x => (x.Enfant, finEval, (string?)conclusionEntree, (DateOnly?)dateConclusion)).ToList()));
        }

        var triees = brutes.OrderBy(b => b.Reception).ThenBy(b => b.Ordre).ToList();
        var informations = new List<InformationDemo>(triees.Count);
        var lignes = new List<InformationEnfantDemo>();
        for (var i = 0; i < triees.Count; i++)
        {
            var b = triees[i];
            var id = $"I{i + 1:D6}";
            informations.Add(new InformationDemo(id, b.Reception, b.Origine, b.Qualification, b.DateQualification));
            foreach (var (e, fe, conclusion, decision) in b.Enfants.OrderBy(x => x.Enfant.Numero))
                lignes.Add(new InformationEnfantDemo(id, e.Id, fe, conclusion, decision));
        }
        return (informations, lignes);
    }

    /// <summary>PPE (signed for only part of the parcours), rapports de situation, entretiens 17 ans, CESSEC examinations.</summary>
    private (List<PpeDemo>, List<RapportDemo>, List<EntretienDemo>, List<CessecDemo>) Suivi()
    {
        var ppe = new List<PpeDemo>();
        var rapports = new List<RapportDemo>();
        var entretiens = new List<EntretienDemo>();
        var cessec = new List<CessecDemo>();
        foreach (var e in _enfants)
        {
            var mesures = e.Episodes.SelectMany(ep => ep.Mesures).Where(m => m.Debut is not null).ToList();
            if (mesures.Count == 0) continue;
            var parcours = Periode.Fusionner(mesures.Where(m => m.Type.ExigePpe).Select(m => new Periode(m.Debut!.Value, m.Fin)));
            var entretienFait = false;
            foreach (var p in parcours)
            {
                var fin = Min(p.Fin ?? Fin, Fin);
                if (P(0.4))
                {
                    var signature = p.Debut.AddDays(Entre(20, 200));
                    if (signature <= fin) ppe.Add(new PpeDemo($"P{ppe.Count + 1:D6}", e.Id, signature));
                    var deuxieme = signature.AddDays(Entre(700, 800));
                    if (P(0.3) && deuxieme <= fin) ppe.Add(new PpeDemo($"P{ppe.Count + 1:D6}", e.Id, deuxieme));
                }
                var baseRapport = p.Debut;
                while (true)
                {
                    var mois = Ages.AgeAu(e.Naissance, baseRapport) < 3 ? 6 : 12;
                    var date = Calendrier.AjouterMois(baseRapport, mois).AddDays(Entre(-30, 45));
                    if (date > fin) break;
                    if (P(0.85)) rapports.Add(new RapportDemo($"R{rapports.Count + 1:D7}", e.Id, date));
                    baseRapport = date;
                }
                var seize = Ages.DateDesAns(e.Naissance, 16);
                var debutFenetre = Max(p.Debut, seize);
                var finFenetre = Min(fin, e.Majorite.AddDays(-1));
                if (!entretienFait && debutFenetre <= finFenetre && P(0.6))
                {
                    var date = Max(debutFenetre.AddDays(Entre(15, 90)), seize.AddDays(Entre(180, 450)));
                    if (date <= finFenetre)
                    {
                        entretiens.Add(new EntretienDemo(e.Id, date));
                        entretienFait = true;
                    }
                }
            }
            var accueils = Periode.Fusionner(mesures.Where(m => m.Type.EstConfieA).Select(m => new Periode(m.Debut!.Value, m.Fin)));
            foreach (var a in accueils)
            {
                var fin = Min(a.Fin ?? Fin, Fin);
                if (Ages.AgeAu(e.Naissance, a.Debut) < 3)
                {
                    for (var d = Calendrier.AjouterMois(a.Debut, 6); d <= fin && Ages.AgeAu(e.Naissance, d) < 3; d = Calendrier.AjouterMois(d, 6))
                        if (P(0.7)) cessec.Add(new CessecDemo(e.Id, d.AddDays(Entre(0, 20)) is var x && x <= fin ? x : d));
                }
                else if (fin.DayNumber - a.Debut.DayNumber > 365 && P(0.35))
                {
                    for (var d = a.Debut.AddDays(Entre(365, 540)); d <= fin; d = d.AddDays(Entre(330, 400)))
                    {
                        cessec.Add(new CessecDemo(e.Id, d));
                        if (!P(0.3)) break;
                    }
                }
            }
        }
        return (ppe, rapports, entretiens, cessec);
    }
}
