namespace Sillage.Web.Fonctionnalites.Parcours;

/// <summary>The model of the printed PPE (_DocumentPpe.cshtml): shown on screen and printed to PDF.</summary>
public sealed record DocumentPpe(DossierPpe Dossier, VersionPpe Version, string Departement);
