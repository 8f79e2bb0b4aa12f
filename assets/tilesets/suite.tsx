<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="suite" tilewidth="16" tileheight="16" tilecount="76" columns="16">
 <image source="suite.png" width="256" height="80"/>
 <tile id="0">
  <properties>
   <property name="name" value="carpet"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="carpet_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="carpet_border"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="marble"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="marble_b"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="glass_v"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="0" width="6" height="16"/>
  </objectgroup>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="glass_h"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="portrait_frame"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="exec_chair_up"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="3" width="10" height="10"/>
  </objectgroup>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="exec_chair_down"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="3" width="10" height="10"/>
  </objectgroup>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="bar_stool"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="3" width="9" height="9"/>
  </objectgroup>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="side_table"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="11" height="7"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="city_window_0_r0c0"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="city_window_0_r0c1"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="city_window_0_r1c0"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="city_window_0_r1c1"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="city_window_1_r0c0"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="city_window_1_r0c1"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="city_window_1_r1c0"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="city_window_1_r1c1"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="city_window_2_r0c0"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="city_window_2_r0c1"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="city_window_2_r1c0"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="city_window_2_r1c1"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="wall_screen_r0c0"/>
  </properties>
  <animation>
   <frame tileid="26" duration="2400"/>
   <frame tileid="32" duration="2400"/>
  </animation>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="wall_screen_r0c1"/>
  </properties>
  <animation>
   <frame tileid="27" duration="2400"/>
   <frame tileid="33" duration="2400"/>
  </animation>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="wall_screen_r0c2"/>
  </properties>
  <animation>
   <frame tileid="28" duration="2400"/>
   <frame tileid="34" duration="2400"/>
  </animation>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="wall_screen_r1c0"/>
  </properties>
  <animation>
   <frame tileid="29" duration="2400"/>
   <frame tileid="35" duration="2400"/>
  </animation>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="wall_screen_r1c1"/>
  </properties>
  <animation>
   <frame tileid="30" duration="2400"/>
   <frame tileid="36" duration="2400"/>
  </animation>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="wall_screen_r1c2"/>
  </properties>
  <animation>
   <frame tileid="31" duration="2400"/>
   <frame tileid="37" duration="2400"/>
  </animation>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="wall_screen_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="wall_screen_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="wall_screen_f1_r0c2"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="wall_screen_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="wall_screen_f1_r1c1"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="wall_screen_f1_r1c2"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="bar_shelf_r0c0"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="bar_shelf_r0c1"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="bar_shelf_r0c2"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="bar_shelf_r0c3"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="bar_shelf_r1c0"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="bar_shelf_r1c1"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="bar_shelf_r1c2"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="bar_shelf_r1c3"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="logo_plaque_r0c0"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="logo_plaque_r0c1"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="long_table_r0c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="long_table_r0c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="long_table_r0c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="long_table_r0c3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="long_table_r0c4"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="long_table_r0c5"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="long_table_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="long_table_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="long_table_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="long_table_r1c3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="long_table_r1c4"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="long_table_r1c5"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="60">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="bar_counter_r0c0"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="bar_counter_r0c1"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="bar_counter_r0c2"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="bar_counter_r0c3"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="bar_counter_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="bar_counter_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="bar_counter_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="bar_counter_r1c3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="68">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="lounge_sofa_r0c0"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="lounge_sofa_r0c1"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="lounge_sofa_r0c2"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="lounge_sofa_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="13"/>
  </objectgroup>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="lounge_sofa_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="13"/>
  </objectgroup>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="lounge_sofa_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="13"/>
  </objectgroup>
 </tile>
 <tile id="74">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="glass_tooth_r0c0"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="glass_tooth_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="2" width="12" height="11"/>
  </objectgroup>
 </tile>
</tileset>
