namespace Sillage.Donnees.Entites;

/// <summary>One OLINPE file produced: the history of transmissions (append-only).</summary>
public class TransmissionOlinpe
{
    public int Id { get; set; }
    public int Annee { get; set; }
    /// <summary>UTC date and time the file was produced (kept here, never in the file).</summary>
    public DateTime ProduiteLe { get; set; }
    public string ProduitePar { get; set; } = "";
    /// <summary>XML or CSV.</summary>
    public string Format { get; set; } = "";
    /// <summary>SHA-256 of the file, hexadecimal.</summary>
    public string Empreinte { get; set; } = "";
    public long Octets { get; set; }
    public int Enregistrements { get; set; }
    public int Debuts { get; set; }
    public int Renouvellements { get; set; }
    public int Fins { get; set; }
    public int Enfants { get; set; }
    public int ErreursBloquantes { get; set; }
    public int Avertissements { get; set; }
    /// <summary>Produced despite blocking errors (--force).</summary>
    public bool Forcee { get; set; }
    /// <summary>Version of the mapping table used.</summary>
    public string VersionTable { get; set; } = "";
}

/// <summary>
/// Register of the pseudonyms already transmitted for a child, so that a corrected first name (new pseudonym)
/// is sent with NUMANONYMANT = the previous one. Lives in the nominative base, never leaves it.
/// </summary>
public class PseudonymeOlinpe
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    public string Pseudonyme { get; set; } = "";
    /// <summary>The first year whose file carried this pseudonym.</summary>
    public int AnneePremiere { get; set; }
}
