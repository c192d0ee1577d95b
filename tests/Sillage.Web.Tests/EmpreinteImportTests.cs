using Microsoft.Data.Sqlite;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echange;

namespace Sillage.Web.Tests;

/// <summary>
/// The import keeps the rows already in the base as an id and a fingerprint of their values: a re-import leaves alone the
/// rows whose fingerprint is the same, and updates the others. Equal values must give the same fingerprint, any difference
/// (value, type, null, the split between two texts) another.
/// </summary>
public class EmpreinteImportTests
{
    private static readonly TableSql Table = new(new AccesSql(new SqliteConnection(), Fournisseur.Sqlite), "Enfants",
        [("SourceId", TypeColonne.Texte), ("Nom", TypeColonne.Texte), ("Age", TypeColonne.Entier)], [0], true);

    private static object?[] Ligne() =>
        ["E1", new string(['D', 'U', 'P', 'O', 'N', 'T']), 12, new DateOnly(2010, 5, 1), false, null, new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)];

    [Fact]
    public void Des_valeurs_egales_donnent_la_meme_empreinte()
    {
        Assert.Equal(Table.Empreinte(Ligne()), Table.Empreinte(Ligne()));
        Assert.Equal(Table.Empreinte([]), Table.Empreinte([]));
    }

    [Fact]
    public void Toute_difference_change_l_empreinte()
    {
        var variantes = new List<object?[]> { Ligne(), Array.Empty<object?>() };
        object?[] Avec(int i, object? v) { var l = Ligne(); l[i] = v; return l; }
        variantes.Add(Avec(0, "E2"));
        variantes.Add(Avec(1, "DUPOND"));
        variantes.Add(Avec(1, ""));
        variantes.Add(Avec(1, null));
        variantes.Add(Avec(2, 13));
        variantes.Add(Avec(2, 12L));         // same number, another type: Equals says different
        variantes.Add(Avec(2, "12"));
        variantes.Add(Avec(3, new DateOnly(2010, 5, 2)));
        variantes.Add(Avec(4, true));
        variantes.Add(Avec(5, ""));
        variantes.Add(Avec(5, 0));
        variantes.Add(Avec(6, new DateTime(2024, 1, 2, 3, 4, 6, DateTimeKind.Utc)));
        variantes.Add(["ab", "c"]);
        variantes.Add(["a", "bc"]);
        variantes.Add(["abc"]);
        variantes.Add([null]);
        variantes.Add([null, null]);
        var empreintes = variantes.Select(Table.Empreinte).ToList();
        Assert.Equal(variantes.Count, empreintes.Distinct().Count());
    }

    [Fact]
    public void Un_type_inattendu_est_refuse()
    {
        Assert.Throws<ArgumentException>(() => Table.Empreinte([1.5m]));
    }
}
