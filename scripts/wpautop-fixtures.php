<?php
/**
 * Writes test/unit/fixtures/wpautop/*.html: the README's inline-JSON snippets (and a longer one
 * with blank lines and Georgian „quotes“) as WordPress's classic editor
 * shows them, through wpautop from Debian's WordPress (/usr/share/wordpress).
 *   php scripts/wpautop-fixtures.php
 */
define( 'ABSPATH', '/usr/share/wordpress/' );
require ABSPATH . 'wp-includes/plugin.php';
require ABSPATH . 'wp-includes/formatting.php';

$root   = dirname( __DIR__ );
$readme = file_get_contents( "$root/README.md" );
preg_match_all( '/```html\n(.*?)```/s', $readme, $blocks );
$snippets = array_values( array_filter( $blocks[1], static fn( $html ) => str_contains( $html, 'application/json' ) ) );

// Pretty-printed as people paste it, with blank lines between parts.
$georgian = <<<'HTML'
<wisg-project-card project-id="forum-2023">
  <script type="application/json">
    {
      "lang": "ka",

      "projects": [
        {
          "id": "forum-2023",
          "title": "„ფემინისტური ფორუმი“ 2023",
          "start": "2023-04-01",

          "end": "2023-11-30",
          "goal": "პირველი აბზაცი.\n\nმეორე: „ციტატა“ და \"ბრჭყალები\"."
        }
      ]
    }
  </script>
</wisg-project-card>
HTML;
$snippets[] = $georgian;

$names = array( 'readme-list', 'readme-card', 'georgian-quotes' );
foreach ( $snippets as $i => $html ) {
	$name = $names[ $i ] ?? "snippet-$i";
	file_put_contents( "$root/test/unit/fixtures/wpautop/$name.html", "Before.\n\n" . $html . "\nAfter." );
	file_put_contents( "$root/test/unit/fixtures/wpautop/$name.wpautop.html", wpautop( "Before.\n\n" . $html . "\nAfter." ) );
}
echo count( $snippets ), " fixtures written\n";
