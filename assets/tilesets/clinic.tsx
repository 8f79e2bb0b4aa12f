<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="clinic" tilewidth="16" tileheight="16" tilecount="115" columns="16">
 <image source="clinic.png" width="256" height="128"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_white"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_white_shine"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_white_speck"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_accent"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="floor_wait"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="floor_wait_b"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="floor_lab"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="floor_lab_vent"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="wall_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="wall_lab_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="wall_lab_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="floor_arrow"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="glass_v"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="0" width="4" height="16"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="glass_h"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="11"/>
  </objectgroup>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="stool"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="5" y="5" width="7" height="9"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="reception_desk_r0c0"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="reception_desk_r0c1"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="reception_desk_r0c2"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="reception_desk_r0c3"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="reception_desk_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="reception_desk_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="reception_desk_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="reception_desk_r1c3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="7"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="sofa_r0c0"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="sofa_r0c1"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="sofa_r0c2"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="sofa_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="sofa_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="sofa_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="15" height="14"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="armchair_r0c0"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="armchair_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="coffee_table_r0c0"/>
  </properties>
  <animation>
   <frame tileid="32" duration="300"/>
   <frame tileid="77" duration="300"/>
   <frame tileid="81" duration="300"/>
  </animation>
 </tile>
 <tile id="33">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="coffee_table_r0c1"/>
  </properties>
  <animation>
   <frame tileid="33" duration="300"/>
   <frame tileid="78" duration="300"/>
   <frame tileid="82" duration="300"/>
  </animation>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="coffee_table_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="2" width="15" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="34" duration="300"/>
   <frame tileid="79" duration="300"/>
   <frame tileid="83" duration="300"/>
  </animation>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="coffee_table_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="15" height="12"/>
  </objectgroup>
  <animation>
   <frame tileid="35" duration="300"/>
   <frame tileid="80" duration="300"/>
   <frame tileid="84" duration="300"/>
  </animation>
 </tile>
 <tile id="36">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="dental_chair_r0c0"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="dental_chair_r0c1"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="dental_chair_r0c2"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="dental_chair_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="6" width="14" height="10"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="dental_chair_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="16" height="10"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="dental_chair_r1c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="6" width="14" height="10"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="dental_chair_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="dental_chair_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="dental_chair_r2c2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="vr_pod_r0c0"/>
  </properties>
  <animation>
   <frame tileid="45" duration="400"/>
   <frame tileid="85" duration="400"/>
   <frame tileid="91" duration="400"/>
  </animation>
 </tile>
 <tile id="46">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="vr_pod_r0c1"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="vr_pod_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="14" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="47" duration="400"/>
   <frame tileid="87" duration="400"/>
   <frame tileid="93" duration="400"/>
  </animation>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="vr_pod_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="14" height="16"/>
  </objectgroup>
  <animation>
   <frame tileid="48" duration="400"/>
   <frame tileid="88" duration="400"/>
   <frame tileid="94" duration="400"/>
  </animation>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="vr_pod_r2c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="0" width="14" height="14"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="vr_pod_r2c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="14" height="14"/>
  </objectgroup>
  <animation>
   <frame tileid="50" duration="400"/>
   <frame tileid="90" duration="400"/>
   <frame tileid="96" duration="400"/>
  </animation>
 </tile>
 <tile id="51">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="side_unit_r0c0"/>
  </properties>
  <animation>
   <frame tileid="51" duration="350"/>
   <frame tileid="97" duration="350"/>
   <frame tileid="99" duration="350"/>
  </animation>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="side_unit_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="2" width="10" height="13"/>
  </objectgroup>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="wall_screen_r0c0"/>
  </properties>
  <animation>
   <frame tileid="53" duration="300"/>
   <frame tileid="101" duration="300"/>
   <frame tileid="103" duration="300"/>
  </animation>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="wall_screen_r0c1"/>
  </properties>
  <animation>
   <frame tileid="54" duration="300"/>
   <frame tileid="102" duration="300"/>
   <frame tileid="104" duration="300"/>
  </animation>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="window_r0c0"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="window_r0c1"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="logo_panel_r0c0"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="logo_panel_r0c1"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="lab_console_r0c0"/>
  </properties>
  <animation>
   <frame tileid="59" duration="400"/>
   <frame tileid="105" duration="400"/>
   <frame tileid="109" duration="400"/>
  </animation>
 </tile>
 <tile id="60">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="lab_console_r0c1"/>
  </properties>
  <animation>
   <frame tileid="60" duration="400"/>
   <frame tileid="106" duration="400"/>
   <frame tileid="110" duration="400"/>
  </animation>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="lab_console_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="1" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="lab_console_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="1" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="63">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="lab_bench_r0c0"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="lab_bench_r0c1"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="lab_bench_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="lab_bench_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="67">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="server_rack_r0c0"/>
  </properties>
  <animation>
   <frame tileid="67" duration="500"/>
   <frame tileid="113" duration="500"/>
  </animation>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="server_rack_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="15"/>
  </objectgroup>
  <animation>
   <frame tileid="68" duration="500"/>
   <frame tileid="114" duration="500"/>
  </animation>
 </tile>
 <tile id="69">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="cabinet_r0c0"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="cabinet_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="0" width="14" height="15"/>
  </objectgroup>
 </tile>
 <tile id="71">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="counter_sink_r0c0"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="counter_sink_r0c1"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="counter_sink_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="counter_sink_r1c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="15"/>
  </objectgroup>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="bench_r0c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="1" y="5" width="15" height="9"/>
  </objectgroup>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="bench_r0c1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="5" width="15" height="9"/>
  </objectgroup>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="coffee_table_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="coffee_table_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="coffee_table_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="coffee_table_f1_r1c1"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="coffee_table_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="coffee_table_f2_r0c1"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="coffee_table_f2_r1c0"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="coffee_table_f2_r1c1"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="vr_pod_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="vr_pod_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="vr_pod_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="vr_pod_f1_r1c1"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="vr_pod_f1_r2c0"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="vr_pod_f1_r2c1"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="vr_pod_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="vr_pod_f2_r0c1"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="vr_pod_f2_r1c0"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="vr_pod_f2_r1c1"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="vr_pod_f2_r2c0"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="vr_pod_f2_r2c1"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="side_unit_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="side_unit_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="side_unit_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="side_unit_f2_r1c0"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="wall_screen_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="wall_screen_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="wall_screen_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="wall_screen_f2_r0c1"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="lab_console_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="lab_console_f1_r0c1"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="lab_console_f1_r1c0"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="lab_console_f1_r1c1"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="lab_console_f2_r0c0"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="lab_console_f2_r0c1"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="lab_console_f2_r1c0"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="lab_console_f2_r1c1"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="server_rack_f1_r0c0"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="server_rack_f1_r1c0"/>
  </properties>
 </tile>
</tileset>
