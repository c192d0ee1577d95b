namespace Sillage.Domaine.Temps;

/// <summary>Ages in whole years, birthdays (a 29 February child has its birthday on 28 February in common years).</summary>
public static class Ages
{
    public static int AgeAu(DateOnly naissance, DateOnly jour)
    {
        var age = jour.Year - naissance.Year;
        if (jour < Anniversaire(naissance, jour.Year)) age--;
        return age;
    }

    /// <summary>The birthday in <paramref name="annee"/>; 29 February falls on 28 February in a common year.</summary>
    public static DateOnly Anniversaire(DateOnly naissance, int annee) =>
        new(annee, naissance.Month, Math.Min(naissance.Day, DateTime.DaysInMonth(annee, naissance.Month)));

    /// <summary>The day a person turns <paramref name="age"/>.</summary>
    public static DateOnly DateDesAns(DateOnly naissance, int age) => Anniversaire(naissance, naissance.Year + age);

    public static bool EstMineur(DateOnly naissance, DateOnly jour) => AgeAu(naissance, jour) < 18;
}
