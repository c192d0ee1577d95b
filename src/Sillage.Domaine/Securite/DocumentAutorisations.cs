using System.Text;

namespace Sillage.Domaine.Securite;

/// <summary>Writes docs/AUTORISATIONS.md from the matrix itself, so the documentation cannot drift (a test compares them).</summary>
public static class DocumentAutorisations
{
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Matrice des autorisations");
        sb.AppendLine();
        sb.AppendLine("Générée depuis `Sillage.Domaine.Securite.MatriceAutorisations` (un test vérifie que ce fichier est à jour).");
        sb.AppendLine("Rôle × territoire × action : « ses territoires » = la permission ne vaut que pour les enfants des territoires du compte ; « département » = pour tous ; « — » = refusée (403, ou 404 pour un enfant hors portée).");
        sb.AppendLine();
        var permissions = Enum.GetValues<Permission>();
        sb.Append("| rôle | portée |");
        foreach (var p in permissions) sb.Append(' ').Append(p).Append(" |");
        sb.AppendLine();
        sb.Append("|---|---|");
        foreach (var _ in permissions) sb.Append("---|");
        sb.AppendLine();
        foreach (var r in Role.Tous)
        {
            sb.Append("| `").Append(r.Code).Append("` ").Append(r.Libelle).Append(" | ").Append(r.DepartementEntier ? "département" : "ses territoires").Append(" |");
            foreach (var p in permissions)
                sb.Append(!MatriceAutorisations.Permissions(r.Code).Contains(p) ? " — |" : r.DepartementEntier || !p.PorteeTerritoriale() ? " département |" : " ses territoires |");
            sb.AppendLine();
        }
        sb.AppendLine();
        sb.AppendLine("## Les actions");
        sb.AppendLine();
        sb.AppendLine("| permission | action | limitée aux territoires du compte (rôles non départementaux) |");
        sb.AppendLine("|---|---|---|");
        foreach (var p in permissions)
            sb.Append("| ").Append(p).Append(" | ").Append(p.Action()).Append(" | ").Append(p.PorteeTerritoriale() ? "oui" : "non").AppendLine(" |");
        sb.AppendLine();
        sb.AppendLine("Chaque route de l'application et la permission qui la garde : [ROUTES.md](ROUTES.md) (généré et vérifié par `MatriceRoutesTests`, qui parcourt chaque route pour chaque rôle).");
        sb.AppendLine();
        sb.AppendLine("Un enfant hors portée est introuvable (404) dans l'interface et l'API ; la tentative est inscrite au journal d'audit.");
        sb.AppendLine("Toute page et tout point d'API exige une connexion, sauf `/connexion` et `/sante` (test : `AccesTests`).");
        return sb.ToString();
    }
}
