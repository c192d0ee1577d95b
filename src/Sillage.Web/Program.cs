// Sillage — the host. Read it as a table of contents: every module registers itself.
using Sillage.Web.Commandes;
using Sillage.Web.Hote;

Culture.DefinirFrancais();

// `./sillage <commande>`: the command line (serve, db migrate, utilisateur, audit…).
if (LigneDeCommande.EstUneCommande(args))
    return await LigneDeCommande.ExecuterAsync(args);

// Without a command (as the integration tests start it): the web application.
var app = SillageApp.Construire(args);
await app.PreparerBaseAsync();
await app.RunAsync();
return 0;

public partial class Program;
