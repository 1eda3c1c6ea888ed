<?php
/**
 * WordPress's own kses on HTML, as it treats an Author's post content (wp_kses_post: the tags and
 * attributes of $allowedposttags, CSS through safecss_filter_attr, URLs through the allowed protocols):
 *   php test/wordpress/kses.php [--plugin] < {"name": "<html>", …}   prints {"name": "<kept html>", …}
 * Debian's WordPress (/usr/share/wordpress) is loaded without a site; --plugin also loads the
 * plugin's wp_kses_allowed_html filter (integrations/wordpress/includes/content.php), as an active
 * plugin has it.
 */
define( 'ABSPATH', '/usr/share/wordpress/' );
define( 'WPINC', 'wp-includes' );
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
if ( in_array( '--plugin', $argv, true ) ) {
	$plugin = dirname( __DIR__, 2 ) . '/integrations/wordpress/includes';
	require $plugin . '/elements.php';
	require $plugin . '/content.php';
}
$kept = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $name => $html ) {
	$kept[ $name ] = wp_kses_post( $html );
}
echo json_encode( $kept, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
