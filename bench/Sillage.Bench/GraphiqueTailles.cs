using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sillage.Bench;

/// <summary>
/// Cost against size: reads the lines of `./bench.sh tailles` (« CODE scenario: duree_s=… memoire_max_mo=… … »), takes the
/// imported row count of each département as its size, and draws one small panel per scenario (seconds against rows,
/// with the straight line through the origin and the largest point: smaller sizes on or above it mean « linear or better »,
/// the cost per row not growing with the size).
/// </summary>
public static partial class GraphiqueTailles
{
    [GeneratedRegex(@"^(?<code>\w+) (?<scenario>[\w-]+): (?<valeurs>.*)$")]
    private static partial Regex Ligne();

    public static string Svg(IEnumerable<string> lignes)
    {
        var mesures = new List<(string Code, string Scenario, Dictionary<string, double> Valeurs)>();
        foreach (var l in lignes)
        {
            var m = Ligne().Match(l.Trim());
            if (!m.Success) continue;
            var valeurs = m.Groups["valeurs"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('=', 2)).Where(v => v.Length == 2)
                .Where(v => double.TryParse(v[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                .ToDictionary(v => v[0], v => double.Parse(v[1], CultureInfo.InvariantCulture));
            mesures.Add((m.Groups["code"].Value, m.Groups["scenario"].Value, valeurs));
        }
        var tailles = mesures.Where(x => x.Scenario == "import" && x.Valeurs.ContainsKey("lignes")).ToDictionary(x => x.Code, x => x.Valeurs["lignes"]);
        var scenarios = mesures.Select(x => x.Scenario).Distinct().ToList();
        const int largeur = 300, hauteur = 200, marge = 45, parLigne = 3;
        var rangs = (scenarios.Count + parLigne - 1) / parLigne;
        var svg = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{largeur * parLigne}\" height=\"{hauteur * rangs + 30}\" role=\"img\" aria-labelledby=\"titre\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">");
        svg.Append("<title id=\"titre\">Coût de chaque scénario selon la taille du département (lignes importées) : durée en secondes</title>");
        svg.Append("<text x=\"6\" y=\"18\" font-size=\"13\">Durée (s) selon la taille (millions de lignes du format d'échange) — tirets : droite proportionnelle</text>");
        for (var i = 0; i < scenarios.Count; i++)
        {
            var points = mesures.Where(x => x.Scenario == scenarios[i] && tailles.ContainsKey(x.Code) && x.Valeurs.ContainsKey("duree_s"))
                .Select(x => (x.Code, X: tailles[x.Code] / 1e6, Y: x.Valeurs["duree_s"])).OrderBy(p => p.X).ToList();
            var ox = i % parLigne * largeur + marge; var oy = 30 + i / parLigne * hauteur;
            var w = largeur - marge - 15; var h = hauteur - 60;
            svg.Append(inv, $"<text x=\"{ox}\" y=\"{oy + 12}\" font-weight=\"bold\">{scenarios[i]}</text>");
            svg.Append(inv, $"<rect x=\"{ox}\" y=\"{oy + 20}\" width=\"{w}\" height=\"{h}\" fill=\"none\" stroke=\"#555\"/>");
            if (points.Count == 0) continue;
            var maxX = points.Max(p => p.X) * 1.1; var maxY = Math.Max(0.001, points.Max(p => p.Y) * 1.15);
            double Px(double x) => ox + x / maxX * w;
            double Py(double y) => oy + 20 + h - y / maxY * h;
            var dernier = points[^1];
            svg.Append(inv, $"<line x1=\"{Px(0):0.#}\" y1=\"{Py(0):0.#}\" x2=\"{Px(dernier.X):0.#}\" y2=\"{Py(dernier.Y):0.#}\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>");
            svg.Append(inv, $"<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => $"{Px(p.X):0.#},{Py(p.Y):0.#}"))}\"/>");
            foreach (var p in points)
            {
                svg.Append(inv, $"<circle cx=\"{Px(p.X):0.#}\" cy=\"{Py(p.Y):0.#}\" r=\"3\" fill=\"#1f4e79\"/>");
                svg.Append(inv, $"<text x=\"{Px(p.X) + 4:0.#}\" y=\"{Py(p.Y) - 4:0.#}\">{p.Code} : {p.Y:0.##} s</text>");
            }
            svg.Append(inv, $"<text x=\"{ox}\" y=\"{oy + 20 + h + 14}\">0</text><text x=\"{ox + w - 40}\" y=\"{oy + 20 + h + 14}\">{maxX:0.#} M</text>");
            svg.Append(inv, $"<text x=\"{ox - 40}\" y=\"{oy + 30}\">{maxY:0.#} s</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
