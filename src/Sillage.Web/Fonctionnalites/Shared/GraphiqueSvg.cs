using System.Globalization;
using System.Net;
using System.Text;

namespace Sillage.Web.Fonctionnalites.Shared;

/// <summary>A bar chart drawn on the server as SVG (no JavaScript); the page always shows the table beside it.</summary>
public static class GraphiqueSvg
{
    public static string Barres(string titre, IReadOnlyList<(string Etiquette, decimal Valeur)> points, int largeur = 720, int hauteur = 260)
    {
        var inv = CultureInfo.InvariantCulture;
        const int marge = 40, bas = 30, haut = 20;
        var max = points.Count == 0 ? 1 : Math.Max(1, points.Max(p => p.Valeur));
        var pas = points.Count == 0 ? 0 : (largeur - marge - 10) / (double)points.Count;
        var sb = new StringBuilder();
        var id = "g" + Math.Abs(titre.GetHashCode()).ToString(inv);
        sb.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {largeur} {hauteur}\" role=\"img\" aria-labelledby=\"{id}\" class=\"graphique\">");
        sb.Append(inv, $"<title id=\"{id}\">{WebUtility.HtmlEncode(titre)}</title>");
        sb.Append(inv, $"<line x1=\"{marge}\" y1=\"{hauteur - bas}\" x2=\"{largeur - 5}\" y2=\"{hauteur - bas}\" stroke=\"#44505c\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var (etiquette, valeur) = points[i];
            var h = (double)(valeur / max) * (hauteur - bas - haut);
            var x = marge + i * pas + pas * 0.15;
            var y = hauteur - bas - h;
            sb.Append(inv, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{pas * 0.7:0.#}\" height=\"{h:0.#}\" fill=\"#0b4f8a\"/>");
            sb.Append(inv, $"<text x=\"{x + pas * 0.35:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1f24\">{valeur.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR"))}</text>");
            sb.Append(inv, $"<text x=\"{x + pas * 0.35:0.#}\" y=\"{hauteur - bas + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1f24\">{WebUtility.HtmlEncode(etiquette)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
