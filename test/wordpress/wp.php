<?php
/**
 * Site set-up steps the test cannot do over HTTP (WordPress has no wp-cli in Debian):
 *   php wp.php CONFIG COMMAND [ARGS…]   CONFIG picks /etc/wordpress/config-CONFIG.php
 * The WordPress is Debian's, or the one in $WISG_WORDPRESS (test/wordpress/current.mjs).
 * Prints JSON. Only set-up and inspection: what is under test goes through HTTP.
 */
list( , $config, $command ) = $argv;
$args = array_slice( $argv, 3 );
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST']        = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
require ( getenv( 'WISG_WORDPRESS' ) ? getenv( 'WISG_WORDPRESS' ) : '/usr/share/wordpress' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

switch ( $command ) {
	case 'user':
		// user LOGIN ROLE: a user and an application password for the REST API.
		list( $login, $role ) = $args;
		$id = username_exists( $login ) ?: wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => wp_generate_password(),
				'user_email' => "$login@example.org",
				'role'       => $role,
			)
		);
		list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'test ' . microtime( true ) ) );
		// No welcome guide over the editor (WordPress 6.1 keeps it in this user meta).
		update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		echo wp_json_encode( array( 'id' => $id, 'password' => $password ) );
		break;
	case 'password':
		// password LOGIN PASSWORD: for the browser's login.
		wp_set_password( $args[1], get_user_by( 'login', $args[0] )->ID );
		echo '{}';
		break;
	case 'site':
		// site LOCALE THEME DARK: the site language, the theme, Twenty Twenty-One's dark mode.
		list( $locale, $theme, $dark ) = $args;
		update_option( 'WPLANG', 'en_US' === $locale ? '' : $locale );
		switch_theme( $theme );
		set_theme_mod( 'respect_user_color_preference', '1' === $dark );
		echo wp_json_encode( array( 'language' => get_bloginfo( 'language' ), 'theme' => get_stylesheet() ) );
		break;
	case 'uninstall':
		// uninstall PLUGIN: as Plugins → Delete does, then what is left that carries its name.
		deactivate_plugins( $args[0] );
		uninstall_plugin( $args[0] );
		global $wpdb;
		echo wp_json_encode(
			array(
				'options'  => $wpdb->get_col( "SELECT option_name FROM $wpdb->options WHERE option_name LIKE '%wisg%'" ),
				'usermeta' => $wpdb->get_col( "SELECT meta_key FROM $wpdb->usermeta WHERE meta_key LIKE '%wisg%'" ),
				'postmeta' => $wpdb->get_col( "SELECT meta_key FROM $wpdb->postmeta WHERE meta_key LIKE '%wisg%'" ),
			)
		);
		break;
	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 1 );
}
